// A baresip instance for the tests (the KCC's phone), driven over ctrl_tcp like the kiosk drives its
// own: netstring-framed JSON, responses matched by token, events passed to a callback.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function baresipConfig({ sipPort, ctrlPort, rtpPorts, extra = [] }) {
  // srtp before account, so an account may say mediaenc=srtp (the KCC then takes SRTP and plain RTP).
  return [
    'module_path\t/usr/lib/baresip/modules',
    `sip_listen\t127.0.0.1:${sipPort}`,
    'net_interface\t127.0.0.1',
    'audio_source\tausine,440',
    'ausrc_srate\t48000',
    'ausrc_channels\t2',
    'audio_player\talsa,null',
    `rtp_ports\t${rtpPorts}`,
    `ctrl_tcp_listen\t127.0.0.1:${ctrlPort}`,
    'statmode_default\toff',
    ...extra,
    ...['g711', 'ausine', 'alsa', 'srtp', 'account', 'menu', 'ctrl_tcp'].map((m) => `module\t${m}.so`),
    '',
  ].join('\n');
}

// Starts baresip with its own config directory; resolves once ctrl_tcp answers.
export async function startBaresip({ binary = 'baresip', account, ...config }) {
  const dir = mkdtempSync(join(tmpdir(), 'kcc-baresip-'));
  writeFileSync(join(dir, 'config'), baresipConfig(config));
  writeFileSync(join(dir, 'accounts'), `${account}\n`);
  const child = spawn(binary, ['-f', dir], { stdio: ['ignore', 'ignore', 'ignore'] });
  child.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`baresip exited (${child.exitCode})`);
    try {
      const control = await Control.connect(config.ctrlPort);
      return { child, control, dir };
    } catch {
      await new Promise((wake) => setTimeout(wake, 50));
    }
  }
  child.kill('SIGKILL');
  throw new Error('baresip did not open ctrl_tcp within 10 s');
}

export class Control {
  static connect(port) {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => resolve(new Control(socket)));
      socket.once('error', reject);
    });
  }

  constructor(socket) {
    this.socket = socket;
    this.buffer = Buffer.alloc(0);
    this.pending = new Map();
    this.tokens = 0;
    this.onEvent = () => {};
    socket.on('data', (chunk) => this.#receive(chunk));
    socket.on('error', () => {});
  }

  // All three fields as strings: baresip 1.0 crashes on anything else.
  command(command, params = '') {
    const token = `t${++this.tokens}`;
    const json = JSON.stringify({ command, params: String(params), token });
    this.socket.write(`${Buffer.byteLength(json)}:${json},`);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.pending.delete(token); reject(new Error(`${command}: no answer`)); }, 5000);
      this.pending.set(token, (answer) => { clearTimeout(timer); resolve(answer); });
    });
  }

  close() { this.socket.destroy(); }

  #receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length + 1) return;
      const message = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString());
      this.buffer = this.buffer.subarray(colon + 1 + length + 1);
      if (message.response) this.pending.get(message.token)?.(message);
      else if (message.event) this.onEvent(message);
    }
  }
}
