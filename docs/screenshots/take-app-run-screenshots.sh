#!/bin/sh
# Runs a demo pod with the real Podwright on a private Podman and saves the screenshots of a
# running pod here: running.png (canvas badges and CPU/memory bars, Pods panel), logs.png (the
# web server's output) and stats.png (per-container CPU/memory charts with the limit lines).
#
#   docs/screenshots/take-app-run-screenshots.sh [path/to/podwright] [seconds of charting, 20]
#
# It drives the shipped binary itself (hidden --screenshot-dir with PODWRIGHT_SCREENSHOT_RUN),
# which finds Podman through CONTAINER_HOST exactly as a learner's Podwright does. The user
# guide shows these three pictures.
#
# Needs podman, runc, busybox-static and xvfb-run. The Podman used is private to this script
# (own containers.conf, storage.conf and API socket in a temporary directory, reached through
# CONTAINER_HOST) and removed on exit: none of the machine's containers are touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
binary=${1:-"$root/build/src/app/podwright"}
seconds=${2:-20}
[ -x "$binary" ] || { echo "podwright binary not found: $binary (build first or pass its path)" >&2; exit 1; }
for tool in podman runc xvfb-run; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt install podman runc xvfb busybox-static)" >&2; exit 1; }
done
[ -x /bin/busybox ] || { echo "/bin/busybox is missing (apt install busybox-static)" >&2; exit 1; }

tmp=$(mktemp -d /tmp/podwright-run-shots-XXXXXX)
service=
cleanup() {
  status=$?
  trap - EXIT INT TERM
  podman pod rm --all --force --time=0 >/dev/null 2>&1 || true
  podman rm --all --force --time=0 >/dev/null 2>&1 || true
  if [ -n "$service" ]; then
    kill "$service" 2>/dev/null || true
    wait "$service" 2>/dev/null || true
  fi
  # Unmounts and deletes the private storage (overlay mounts would keep the directory busy).
  podman system reset --force >/dev/null 2>&1 || true
  # Podman 4.3's reset leaves the overlay driver's bind mount of its home behind.
  if mountpoint -q "$tmp/graph/overlay" 2>/dev/null; then umount "$tmp/graph/overlay" || true; fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# runc and no default ulimits: crun refuses this machine's hybrid cgroups, and the default
# RLIMIT_NOFILE is more than root may set here (docs: ../shared/PODMAN.md).
write_config() {
  cat >"$tmp/containers.conf" <<EOF
[containers]
default_ulimits = []
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
tmp_dir = "$tmp/tmp"
volume_path = "$tmp/volumes"
static_dir = "$tmp/libpod"
[network]
network_config_dir = "$tmp/networks"
EOF
  cat >"$tmp/storage.conf" <<EOF
[storage]
driver = "$1"
graphroot = "$tmp/graph"
runroot = "$tmp/run"
EOF
}
export CONTAINERS_CONF="$tmp/containers.conf" CONTAINERS_STORAGE_CONF="$tmp/storage.conf"
unset CONTAINER_HOST
write_config overlay
if ! podman info >/dev/null 2>&1; then
  podman system reset --force >/dev/null 2>&1 || true
  write_config vfs # slower, works everywhere
  podman info >/dev/null
fi

# The image, from Debian's busybox-static: no registry is needed.
mkdir -p "$tmp/rootfs/bin" "$tmp/rootfs/tmp"
cp /bin/busybox "$tmp/rootfs/bin/busybox"
for applet in sh sleep httpd wget cat echo ls mkdir touch test [ true false seq date rm kill head tr; do
  ln -s busybox "$tmp/rootfs/bin/$applet"
done
tar -C "$tmp/rootfs" -cf "$tmp/rootfs.tar" .
podman import --quiet --change 'ENV=PATH=/bin' --change 'CMD=["sh"]' "$tmp/rootfs.tar" \
  localhost/busybox:test >/dev/null

podman system service --time=0 "unix://$tmp/podman.sock" >"$tmp/service.log" 2>&1 &
service=$!
for _ in $(seq 50); do [ -S "$tmp/podman.sock" ] && break; sleep 0.2; done
[ -S "$tmp/podman.sock" ] || { echo "podman system service did not start:" >&2; cat "$tmp/service.log" >&2; exit 1; }
export CONTAINER_HOST="unix://$tmp/podman.sock"

# A free host port for the web server (a busy one would fail the run with "port in use").
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 18080)

# The demo pod: an init container writes the page into a shared emptyDir, a web server serves
# it (logging each request), and a sidecar keeps its CPU limit busy, fetches the page now and
# then and holds a little more memory each time, so that every chart moves.
cat >"$tmp/demo-pod.yaml" <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: demo-web
  labels:
    app: demo-web
spec:
  terminationGracePeriodSeconds: 2
  initContainers:
  - name: write-page
    image: localhost/busybox:test
    imagePullPolicy: Never
    command: [sh, -c, 'echo "<h1>Hello from Podwright</h1>" > /site/index.html && echo wrote /site/index.html']
    volumeMounts:
    - name: site
      mountPath: /site
  containers:
  - name: web
    image: localhost/busybox:test
    imagePullPolicy: Never
    command: [httpd, -f, -v, -p, '8080', -h, /site]
    ports:
    - containerPort: 8080
      hostPort: $port
    resources:
      requests:
        cpu: 50m
        memory: 16Mi
      limits:
        cpu: 250m
        memory: 64Mi
    volumeMounts:
    - name: site
      mountPath: /site
  - name: busy
    image: localhost/busybox:test
    imagePullPolicy: Never
    command:
    - sh
    - -c
    - |
      chunk=\$(head -c 524288 /dev/zero | tr '\\0' x)
      held=""
      i=0
      while true; do
        i=\$((i + 1))
        if [ \$((i % 5000)) -eq 0 ]; then
          wget -q -O /dev/null http://localhost:8080/ && echo "fetched the page after \$i loops"
          [ \${#held} -lt 20000000 ] && held="\$held\$chunk"
        fi
      done
    resources:
      requests:
        cpu: 100m
        memory: 8Mi
      limits:
        cpu: 300m
        memory: 48Mi
  volumes:
  - name: site
    emptyDir: {}
EOF

# A clean profile: no remembered geometry, recent files or autosaves from the user's own runs.
mkdir -p "$tmp/profile/config" "$tmp/profile/data"
XDG_CONFIG_HOME="$tmp/profile/config" XDG_DATA_HOME="$tmp/profile/data" \
PODWRIGHT_AUTOSAVE_DIR="$tmp/profile/autosave" QT_QPA_PLATFORM=xcb \
PODWRIGHT_SCREENSHOT_RUN="$seconds" \
  xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$binary" --screenshot-dir "$here" "$tmp/demo-pod.yaml"
ls -l "$here/running.png" "$here/logs.png" "$here/stats.png"
