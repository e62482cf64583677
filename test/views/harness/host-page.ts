// The browser side of the test host: embeds one view in a sandboxed iframe (srcdoc, opaque origin) under the CSP
// its resource declared, and connects it with ext-apps' AppBridge. Tool calls the view makes go to
// window.hostCallTool, which the Node side forwards to the real MCP server. Bundled by the harness with esbuild.
import { AppBridge, PostMessageTransport } from '@modelcontextprotocol/ext-apps/app-bridge';
import type { McpUiHostContext, McpUiResourceCsp } from '@modelcontextprotocol/ext-apps/app-bridge';
import type { CallToolRequest, CallToolResult } from '@modelcontextprotocol/client';

export interface MountRequest {
  readonly html: string;
  readonly csp: McpUiResourceCsp;
  readonly toolName: string;
  readonly args: Record<string, unknown>;
  readonly result: CallToolResult;
  readonly theme: 'light' | 'dark';
}

export interface ConfirmationForm {
  readonly message: string;
  readonly properties: Record<string, { readonly type: string; readonly title?: string; readonly description?: string }>;
}

export interface ConfirmationAnswer {
  readonly action: 'accept' | 'decline' | 'cancel';
  readonly content?: Record<string, boolean>;
}

declare global {
  interface Window {
    hostCallTool(params: CallToolRequest['params']): Promise<CallToolResult>;
    mountView(request: MountRequest): Promise<void>;
    askConfirmation(form: ConfirmationForm): Promise<ConfirmationAnswer>;
    setHostTheme(theme: 'light' | 'dark'): Promise<void>;
    hostLog: string[];
  }
}

window.hostLog = [];
let bridge: AppBridge | undefined;

/** The CSP a host sets on a view: MCP Apps' restrictive default, opened only for the domains the resource declared. */
export function cspFor(csp: McpUiResourceCsp): string {
  const resources = (csp.resourceDomains ?? []).join(' ');
  const connect = (csp.connectDomains ?? []).join(' ') || "'none'";
  return [
    "default-src 'none'",
    `script-src 'unsafe-inline' ${resources}`,
    `style-src 'unsafe-inline' ${resources}`,
    `img-src data: blob: ${resources}`,
    `media-src data: blob: ${resources}`,
    `font-src data: ${resources}`,
    `connect-src ${connect}`,
    `frame-src ${(csp.frameDomains ?? []).join(' ') || "'none'"}`,
  ].join('; ');
}

window.mountView = async (request) => {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.title = request.toolName;
  document.getElementById('views')!.replaceChildren(frame);
  const hostContext: McpUiHostContext = {
    theme: request.theme,
    displayMode: 'inline',
    availableDisplayModes: ['inline'],
    platform: 'web',
    toolInfo: { tool: { name: request.toolName, inputSchema: { type: 'object' } } },
  };
  bridge = new AppBridge(null, { name: 'vod-mcp-test-host', version: '1.0.0' }, { serverTools: {}, logging: {} }, { hostContext });
  bridge.oncalltool = async (params) => {
    window.hostLog.push(`tools/call ${params.name}`);
    return window.hostCallTool(params);
  };
  bridge.onsizechange = ({ height }) => {
    if (height !== undefined) frame.style.height = `${Math.ceil(height)}px`;
  };
  bridge.onloggingmessage = (params) => window.hostLog.push(`log ${String(params.data)}`);
  const initialized = new Promise<void>((resolve) => (bridge!.oninitialized = () => resolve()));
  await bridge.connect(new PostMessageTransport(frame.contentWindow!, frame.contentWindow!));
  const csp = `<meta http-equiv="Content-Security-Policy" content="${cspFor(request.csp).replace(/"/g, '&quot;')}">`;
  frame.srcdoc = request.html.replace(/<head>/i, `<head>${csp}`);
  await initialized;
  await bridge.sendToolInput({ arguments: request.args });
  await bridge.sendToolResult(request.result);
};

window.setHostTheme = async (theme) => {
  document.documentElement.dataset.theme = theme;
  await bridge?.sendHostContextChange({ theme });
};

/** The host's own confirmation dialog for a server's elicitation form (outside the view: the view cannot answer it). */
window.askConfirmation = (form) =>
  new Promise((resolve) => {
    const dialog = document.getElementById('confirmation') as HTMLDialogElement;
    const fields = Object.entries(form.properties).filter(([, property]) => property.type === 'boolean');
    const boxes = fields.map(([name, property]) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      const label = document.createElement('label');
      label.append(box, ` ${property.title ?? name}`);
      return { name, box, label };
    });
    const message = document.createElement('p');
    message.className = 'message';
    message.textContent = form.message;
    const answer = (action: ConfirmationAnswer['action']) => () => {
      dialog.close();
      resolve(action === 'accept' ? { action, content: Object.fromEntries(boxes.map(({ name, box }) => [name, box.checked])) } : { action });
    };
    const accept = document.createElement('button');
    accept.textContent = 'Accept';
    accept.dataset.answer = 'accept';
    accept.onclick = answer('accept');
    const decline = document.createElement('button');
    decline.textContent = 'Decline';
    decline.dataset.answer = 'decline';
    decline.onclick = answer('decline');
    dialog.replaceChildren(message, ...boxes.map(({ label }) => label), accept, decline);
    dialog.showModal();
  });
