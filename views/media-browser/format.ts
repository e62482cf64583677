/** Seconds as m:ss or h:mm:ss; undefined when not a number. */
export function clock(seconds: unknown): string | undefined {
  const total = Number(seconds);
  if (seconds === undefined || seconds === null || seconds === '' || !Number.isFinite(total) || total < 0) return undefined;
  const whole = Math.round(total);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Bytes in B, KB, MB or GB (1024-based); undefined when not a number. */
export function bytes(size: unknown): string | undefined {
  const value = Number(size);
  if (size === undefined || size === null || size === '' || !Number.isFinite(value) || value < 0) return undefined;
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let amount = value;
  let unit = 0;
  while (amount >= 1024 && unit < units.length - 1) {
    amount /= 1024;
    unit++;
  }
  return `${unit ? amount.toFixed(1) : amount} ${units[unit]}`;
}
