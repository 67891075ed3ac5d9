"""The production layout on one machine: ``make run-prod-like`` and the soak (bench/soak.py).

nginx (TLS with a certificate made at start, static files, HTTP and WebSockets) in front of
two ASGI processes (``python -m tukipiste.serve``, as the systemd units run them), a
PostgreSQL database of ``DATABASE_URL`` and a Redis server of its own on its own port,
without persistence as in production. The periodic jobs run from a timer thread through
``manage.py run_job``, as the systemd timers run them. Everything lives in
``var/prod-like/`` (or ``--root``); ``deploy/`` describes the same layout for a server.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tukipiste.ops.timers import run_forever, schedule

ROOT = Path(__file__).resolve().parents[3]
NGINX_TEMPLATE = ROOT / "deploy" / "nginx" / "tukipiste.conf.in"


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def wait_for_port(port: int, process: subprocess.Popen[bytes], what: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not port_is_free(port):
            return
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode} (see its log)")
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not open port {port} in {timeout:.0f} s")


def rss_kib(pid: int) -> int:
    """A process's resident memory (Linux), in KiB; 0 when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0


@dataclass
class Layout:
    """The processes of the layout and how to start, stop and break them."""

    root: Path
    database_url: str
    redis_port: int = 6390
    http_port: int = 8080
    https_port: int = 8443
    app_ports: tuple[int, ...] = (8101, 8102)
    extra_env: dict[str, str] = field(default_factory=dict)
    quiet: bool = True
    apps: dict[int, subprocess.Popen[bytes]] = field(default_factory=dict)
    redis: subprocess.Popen[bytes] | None = None
    nginx: subprocess.Popen[bytes] | None = None
    timings: dict[str, float] = field(default_factory=dict)  # seconds of each setup step
    _timers: threading.Thread | None = None
    _stopping: threading.Event = field(default_factory=threading.Event)

    @property
    def origin(self) -> str:
        return f"https://127.0.0.1:{self.https_port}"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    # --- environment and files ---
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
        key_file = self.root / "secret_key"
        if not key_file.exists():
            key_file.write_text(secrets.token_urlsafe(50))
            key_file.chmod(0o600)
        env.update(
            DJANGO_SETTINGS_MODULE="tukipiste.settings",
            VAR_DIR=str(self.root / "var"),
            DATABASE_URL=self.database_url,
            REDIS_URL=f"redis://127.0.0.1:{self.redis_port}/0",
            REDIS_PREFIX="tukipiste",
            SECRET_KEY=key_file.read_text().strip(),
            HTTPS="1",
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SITE_ORIGINS=self.origin,
            TRUSTED_PROXIES="127.0.0.1",
            RUN_SCHEDULER="0",
            PROMETHEUS_MULTIPROC_DIR=str(self.root / "metrics"),
            BACKUP_RECIPIENTS=str(self.root / "backup-recipients.txt"),
            BACKUP_DIR=str(self.root / "backups"),
            LOG_LEVEL=os.environ.get("LOG_LEVEL", "WARNING"),
        )
        env.update(self.extra_env)
        return env

    def manage(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            env=self.env(),
            cwd=ROOT,
            check=check,
            stdout=subprocess.DEVNULL if self.quiet else None,
        )

    def prepare(self, *, demo: bool = True) -> None:
        """Directories, certificate, nginx configuration, backup key; migrate and load."""
        for name in ("logs", "var", "metrics", "nginx-tmp", "backups"):
            (self.root / name).mkdir(parents=True, exist_ok=True)
        # Samples of processes of an earlier run would be summed with this run's.
        for stale in (self.root / "metrics").glob("*.db"):
            stale.unlink()
        self._certificate()
        self._backup_key()
        self._nginx_config()
        if self.redis is None:  # the demo loader and the migrations touch the cache
            self.start_redis()
        steps = [("migrate", "--no-input", "-v0"), ("collectstatic", "--no-input", "-v0")]
        for step in [*steps, *([("load_demo",)] if demo else [])]:
            began = time.monotonic()
            self.manage(*step)
            self.timings[step[0]] = round(time.monotonic() - began, 1)

    def _certificate(self) -> None:
        cert, key = self.root / "tls.crt", self.root / "tls.key"
        if cert.exists() and key.exists():
            return
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "30",
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout",
                str(key),
                "-out",
                str(cert),
            ],
            check=True,
            capture_output=True,
        )
        key.chmod(0o600)

    def _backup_key(self) -> None:
        """An age key pair of the layout: the public half is what a server holds."""
        identity = self.root / "backup-identity.txt"
        if identity.exists() or shutil.which("age-keygen") is None:
            return
        subprocess.run(["age-keygen", "-o", str(identity)], check=True, capture_output=True)
        public = subprocess.run(
            ["age-keygen", "-y", str(identity)], check=True, capture_output=True, text=True
        ).stdout
        (self.root / "backup-recipients.txt").write_text(public)

    def render_site(self) -> str:
        """The site's nginx configuration from the template of ``deploy/nginx``."""
        upstream = "\n    ".join(
            f"server 127.0.0.1:{port} max_fails=1 fail_timeout=5s;" for port in self.app_ports
        )
        values = {
            "UPSTREAM_SERVERS": upstream,
            "HTTP_LISTEN": f"127.0.0.1:{self.http_port}",
            "HTTPS_LISTEN": f"127.0.0.1:{self.https_port}",
            "HTTPS_PORT_SUFFIX": f":{self.https_port}",
            "SERVER_NAME": "127.0.0.1 localhost",
            "ACCESS_LOG": str(self.logs / "nginx-access.log"),
            "ERROR_LOG": str(self.logs / "nginx-error.log"),
            "TLS_CERT": str(self.root / "tls.crt"),
            "TLS_KEY": str(self.root / "tls.key"),
            "STATIC_ROOT": str(self.root / "var" / "static"),
        }
        text = NGINX_TEMPLATE.read_text()
        for name, value in values.items():
            text = text.replace(f"@@{name}@@", value)
        if re.search(r"@@[A-Z_]+@@", text):
            raise RuntimeError("a placeholder of the nginx template was left unfilled")
        return text

    def _nginx_config(self) -> None:
        (self.root / "site.conf").write_text(self.render_site())
        tmp = self.root / "nginx-tmp"
        user = "user root;\n" if os.geteuid() == 0 else ""
        main = f"""# Generated by tukipiste.ops.prodlike: the layout's own nginx, no system files.
{user}worker_processes 1;
pid {self.root / "nginx.pid"};
error_log {self.logs / "nginx-error.log"} crit;
events {{ worker_connections 4096; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    server_tokens off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {self.root / "site.conf"};
}}
"""
        (self.root / "nginx.conf").write_text(main)

    # --- processes ---
    def _spawn(self, args: list[str], log_name: str) -> subprocess.Popen[bytes]:
        log = (self.logs / log_name).open("ab")
        return subprocess.Popen(
            args,
            env=self.env(),
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches the layout, which stops them in order
        )

    def start_redis(self) -> None:
        if not port_is_free(self.redis_port):
            raise RuntimeError(f"port {self.redis_port} is taken: REDIS_PORT=... to choose")
        self.redis = self._spawn(
            [
                "redis-server",
                "--port",
                str(self.redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.root),
            ],
            "redis.log",
        )
        wait_for_port(self.redis_port, self.redis, "redis-server", 10)

    def stop_redis(self) -> None:
        if self.redis is not None:
            _stop(self.redis)
            self.redis = None

    def start_app(self, index: int) -> None:
        port = self.app_ports[index]
        if not port_is_free(port):
            raise RuntimeError(f"port {port} is taken: APP_PORTS=... to choose")
        process = self._spawn(
            [sys.executable, "-m", "tukipiste.serve", "--host", "127.0.0.1", "--port", str(port)],
            f"app-{index + 1}.log",
        )
        self.apps[index] = process
        wait_for_port(port, process, f"ASGI process {index + 1}", 60)

    def kill_app(self, index: int) -> None:
        """End an ASGI process at once, as a crash or the OOM killer would."""
        process = self.apps.pop(index)
        process.kill()
        process.wait()

    def start_nginx(self) -> None:
        for port in (self.http_port, self.https_port):
            if not port_is_free(port):
                raise RuntimeError(f"port {port} is taken: HTTP_PORT/HTTPS_PORT=... to choose")
        conf = self.root / "nginx.conf"
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        args = [nginx, "-p", str(self.root), "-e", str(self.logs / "nginx-error.log")]
        subprocess.run([*args, "-c", str(conf), "-t", "-q"], check=True)
        self.nginx = self._spawn([*args, "-c", str(conf), "-g", "daemon off;"], "nginx.log")
        wait_for_port(self.https_port, self.nginx, "nginx", 10)

    def pids(self) -> dict[str, int]:
        """The processes whose memory the soak watches, by role."""
        pids = {f"app-{i + 1}": p.pid for i, p in self.apps.items() if p.poll() is None}
        if self.redis is not None:
            pids["redis"] = self.redis.pid
        if self.nginx is not None:
            pids["nginx-master"] = self.nginx.pid
            children = Path(f"/proc/{self.nginx.pid}/task/{self.nginx.pid}/children")
            with contextlib.suppress(OSError):
                for n, child in enumerate(children.read_text().split()):
                    pids[f"nginx-worker-{n + 1}"] = int(child)
        return pids

    def start(self, *, timers: bool = True, backup: bool = True) -> None:
        if self.redis is None:
            self.start_redis()
        for index in range(len(self.app_ports)):
            self.start_app(index)
        self.start_nginx()
        if backup and (self.root / "backup-recipients.txt").exists():
            self.manage("run_job", "encrypted_backup", check=False)
        if timers:
            self._timers = threading.Thread(target=self._run_timers, daemon=True)
            self._timers.start()

    def _run_timers(self) -> None:
        # The backup ran at start; the rest as the systemd timers of deploy/systemd run them.
        run_forever(
            run=lambda job: self.manage("run_job", job, check=False),
            jobs=schedule(with_backup=False),
            stop=self._stopping,
        )

    def stop(self) -> None:
        self._stopping.set()
        if self.nginx is not None:
            _stop(self.nginx)
            self.nginx = None
        for index in list(self.apps):
            _stop(self.apps.pop(index))
        self.stop_redis()


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def layout_from_env(root: Path | None = None) -> Layout:
    """The layout of ``make run-prod-like``: ports and database from the environment."""
    app_ports = os.environ.get("APP_PORTS", "8101,8102")
    return Layout(
        root=root or Path(os.environ.get("PROD_LIKE_ROOT", str(ROOT / "var" / "prod-like"))),
        database_url=os.environ.get(
            "PROD_LIKE_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tukipiste_prodlike"
        ),
        redis_port=int(os.environ.get("REDIS_PORT", "6390")),
        http_port=int(os.environ.get("HTTP_PORT", "8080")),
        https_port=int(os.environ.get("HTTPS_PORT", "8443")),
        app_ports=tuple(int(port) for port in app_ports.split(",")),
    )


def ensure_database(database_url: str) -> None:
    """Create the PostgreSQL database of ``database_url`` when it does not exist yet."""
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(database_url)
    if "postgresql" not in config["ENGINE"]:
        return
    with psycopg.connect(
        dbname="postgres",
        autocommit=True,
        host=str(config.get("HOST") or "127.0.0.1"),
        port=int(config.get("PORT") or 5432),
        user=str(config.get("USER") or "postgres"),
        password=str(config.get("PASSWORD") or "") or None,
    ) as admin:
        exists = admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if not exists:
            admin.execute(f'CREATE DATABASE "{config["NAME"]}"')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.parse_args()
    layout = layout_from_env()
    layout.quiet = False
    ensure_database(layout.database_url)
    layout.prepare()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        layout.start()
        print(
            f"\nTukipiste, production layout: {layout.origin}/ (self-signed certificate)\n"
            f"  nginx :{layout.https_port} (TLS) and :{layout.http_port} (redirects), "
            f"ASGI processes :{', :'.join(str(p) for p in layout.app_ports)}, "
            f"Redis :{layout.redis_port}, database {layout.database_url}\n"
            f"  health and metrics (loopback only): http://127.0.0.1:{layout.app_ports[0]}"
            f"/ops/health and /ops/metrics\n  logs in {layout.logs}; Ctrl-C stops everything.",
            flush=True,
        )
        while True:
            time.sleep(1)
            for index, process in list(layout.apps.items()):
                if process.poll() is not None:
                    print(f"ASGI process {index + 1} exited; restarting it", flush=True)
                    layout.apps.pop(index)
                    layout.start_app(index)
    except KeyboardInterrupt:
        pass
    finally:
        layout.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
