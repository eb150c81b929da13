#!/usr/bin/env bash
# Renders the app icon from its SVG sources (assets/icon/*.svg) into every size the systems want:
#   png/cchc-dashboard-N.png  N = 16 … 1024 (Linux menus, the window's own icon, the .deb)
#   cchc-dashboard.ico        16, 24, 32, 48, 64, 256 (Windows: the .exe, the Start menu, the .msi)
#   cchc-dashboard.icns       16 … 1024 incl. @2x (macOS: the .app and the .dmg)
# The results are committed, so building an installer needs none of these tools; run this after editing an SVG.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and python3.
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"

mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  # Up to 48 px the simplified drawing: the full one's margin and thin shapes blur into a smudge there.
  source=cchc-dashboard.svg
  [ "$size" -le 48 ] && source=cchc-dashboard-small.svg
  rsvg-convert --width "$size" --height "$size" "$source" --output "png/cchc-dashboard-$size.png"
done

convert png/cchc-dashboard-{16,24,32,48,64,256}.png cchc-dashboard.ico

# An .icns is a header and a list of (type, length, PNG) entries; the types name the pixel size.
python3 - <<'PY'
import struct
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
           ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for kind, size in entries:
    with open(f"png/cchc-dashboard-{size}.png", "rb") as f:
        png = f.read()
    body += kind.encode("ascii") + struct.pack(">I", 8 + len(png)) + png
with open("cchc-dashboard.icns", "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "Icons written to $(pwd)"
