// Debian's nginx as a round-robin load balancer in front of the app instances, run as a child process with its
// own configuration, logs and temporary folders (the machine's own nginx set-up, if any, is left alone).
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sleep } from "./processes";

const NGINX = "/usr/sbin/nginx";

/** Installs Debian's nginx when it is missing (CI machines have only what the repository installs). */
export function ensureNginx(log: (message: string) => void): void {
  if (existsSync(NGINX)) return;
  log("nginx is not installed: apt-get install -y nginx…");
  const hadDefaultPid = existsSync("/run/nginx.pid");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "nginx"], { stdio: "inherit", env });
  // Where the package's own service was started by the install, it is ours to stop: only this script's nginx runs.
  if (!hadDefaultPid && existsSync("/run/nginx.pid")) {
    const pid = Number(readFileSync("/run/nginx.pid", "utf8").trim());
    if (Number.isInteger(pid) && pid > 1) process.kill(pid, "SIGQUIT");
  }
}

export type Balancer = { url: string; accessLog: string; errorLog: string; stop: () => Promise<void> };

/** Starts nginx on 127.0.0.1:port balancing over the upstream ports; each answer names its upstream. */
export async function startBalancer(port: number, upstreamPorts: number[]): Promise<Balancer> {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-nginx-"));
  // The worker processes run as "nobody": they must reach the temporary folders (large uploads are buffered there).
  chmodSync(dir, 0o755);
  const temp = ["body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => path.join(dir, name));
  for (const folder of temp) {
    mkdirSync(folder);
    chmodSync(folder, 0o777);
  }
  const accessLog = path.join(dir, "access.log");
  const errorLog = path.join(dir, "error.log");
  const config = `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${errorLog} warn;
events { worker_connections 2048; }
http {
  log_format upstream '$msec "$request" $status upstream=$upstream_addr rt=$request_time';
  access_log ${accessLog} upstream;
  client_body_temp_path ${temp[0]};
  proxy_temp_path ${temp[1]};
  fastcgi_temp_path ${temp[2]};
  uwsgi_temp_path ${temp[3]};
  scgi_temp_path ${temp[4]};
  # Attachments are up to 10 MB; the multipart envelope adds a little.
  client_max_body_size 11m;
  # Round robin (nginx's default), no sticky sessions: every request may land on either instance.
  upstream portal {
${upstreamPorts.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=0;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_read_timeout 120s;
      # Which instance answered (for the checks; a production set-up would leave this out).
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
  const configFile = path.join(dir, "nginx.conf");
  writeFileSync(configFile, config);
  execFileSync(NGINX, ["-t", "-q", "-p", dir, "-c", configFile, "-e", errorLog], { stdio: "inherit" });
  const child = spawn(NGINX, ["-p", dir, "-c", configFile, "-e", errorLog], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited; see ${errorLog}`);
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      await sleep(100);
    }
  }
  return {
    url,
    accessLog,
    errorLog,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGQUIT");
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}
