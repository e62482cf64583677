#!/usr/bin/env bash
# Regenerates the tiny real media files the sandbox serves at its play, cover and snapshot URLs
# (data/sandbox-media/). The files are committed: neither the build, the tests nor CI need ffmpeg.
#
#   bash scripts/gen-sandbox-media.sh        (needs ffmpeg; Debian: apt-get install -y ffmpeg)
#
# What Debian's Chromium plays: H.264 (Main) + AAC-LC in MP4 natively, and the same in MPEG-TS through
# hls.js (it remuxes TS to fragmented MP4 for Media Source Extensions). test/sandbox/media-playback.test.ts
# plays both in /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
out=data/sandbox-media
rm -rf "$out"
mkdir -p "$out/hls"
ff() { ffmpeg -hide_banner -loglevel error -nostdin -y "$@"; }
# Deterministic output: no encoder or muxer version strings, fixed creation time.
meta=(-map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact -metadata creation_time=2026-01-01T00:00:00Z)

# 3 s of moving test pattern with a 440 Hz tone; a key frame every second so HLS can cut 1 s segments.
ff -f lavfi -i "testsrc2=size=256x144:rate=15:duration=3" -f lavfi -i "sine=frequency=440:sample_rate=22050:duration=3" \
  -c:v libx264 -profile:v main -pix_fmt yuv420p -preset veryslow -crf 42 -g 15 -keyint_min 15 -sc_threshold 0 -x264-params nal-hrd=none \
  -c:a aac -b:a 16k -ac 1 "${meta[@]}" -movflags +faststart "$out/clip.mp4"

# The same streams cut into MPEG-TS segments with a VOD media playlist. The files are not named *.ts, which
# TypeScript tooling would take for source; the sandbox serves them as <stream>-<n>.ts.
ff -i "$out/clip.mp4" -c copy -bsf:v h264_mp4toannexb "${meta[@]}" -f hls -hls_time 1 -hls_playlist_type vod \
  -hls_segment_filename "$out/hls/segment-%d.mpegts" "$out/hls/index.m3u8"

# Audio-only media: the clip's sound alone in MP4 (audio streams transcoded to mp4/m4a), and a tone as MP3.
ff -i "$out/clip.mp4" -vn -c:a copy "${meta[@]}" -movflags +faststart "$out/audio.m4a"
ff -f lavfi -i "sine=frequency=330:sample_rate=22050:duration=2" -c:a libmp3lame -b:a 16k -ac 1 "${meta[@]}" -id3v2_version 0 "$out/audio.mp3"

# Covers and snapshot frames: one picture per test source, so neighbouring videos look different.
i=0
for source in "testsrc2=size=320x180" "smptehdbars=size=320x180" "mandelbrot=size=320x180" "rgbtestsrc=size=320x180" "testsrc=size=320x180"; do
  i=$((i + 1))
  ff -f lavfi -i "$source:rate=1" -frames:v 1 -q:v 9 "${meta[@]}" "$out/frame-$i.jpg"
done
# A PNG (images and watermarks uploaded as PNG) and a small animated GIF (animated images).
ff -f lavfi -i "smptebars=size=128x72:rate=1" -frames:v 1 "${meta[@]}" "$out/image.png"
ff -i "$out/clip.mp4" -vf "fps=3,scale=80:-1:flags=lanczos,split[a][b];[a]palettegen=max_colors=32[p];[b][p]paletteuse" -t 2 "${meta[@]}" "$out/animated.gif"

ls -l "$out" "$out/hls"
du -cb "$out" | tail -1
