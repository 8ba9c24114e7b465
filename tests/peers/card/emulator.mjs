// A contactless card on a real pcscd's virtual reader, for the tests of the kiosk's card reader (a
// fixture of the project's own: Debian's vicc crashes on the get-UID command). It runs pcscd with the
// vpcd driver as its child. vpcd listens on TCP 35963 on every address, so run this in a network
// namespace of its own (tests/peers/card/start.sh does): there "every address" is a loopback that
// nothing outside can reach. The test talks to it over a Unix socket, which crosses the namespace.
//
//   node emulator.mjs --control SOCKET --state DIR
//   stdout: "ready" once pcscd's readers are up
//   control lines, each answered "ok" or "error: ...":
//     insert 04D3E0A1        lay a card with that UID on the reader (it answers FF CA 00 00 00); "ok"
//                            once pcscd has seen it come
//     insert atr:3B8F8001... a card without a UID (it answers 6A 81) and with that ATR
//     insert-slow 04D3E0A1   the same, but the UID comes 2 s after it is asked for; "ok" comes when it is
//                            asked for: the moment to pull the card mid-read
//     remove                 take the card off; "ok" once pcscd has seen it go. A hand needs longer
//                            than pcscd's presence poll to swap cards; without this wait a quick
//                            "remove, insert" would be no change at all to pcscd (it polls vpcd)
//     pcscd-kill             SIGKILL pcscd (the card goes with it)
//     pcscd-start            start it again, with the reader
//     reader-unplug          restart pcscd without the reader: it runs, with no reader at all
//     reader-plug            restart it with the reader again
//     quit                   stop pcscd and the emulator (unshare ignores SIGTERM while it waits for
//                            its child, so a signal to it does not reach the emulator)
//
// The vpcd protocol: each message is a 2-byte big-endian length and a payload. One byte is a control
// (0 power off, 1 power on, 2 reset, 4 send the ATR); more is an APDU, answered with data + status.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  if (at < 0 || at + 1 >= args.length) throw new Error(`${name} is required`);
  return args[at + 1];
};
const controlPath = option('--control');
const stateDir = option('--state');
const vpcdPort = 35963;
const contactlessAtr = Buffer.from('3B8F8001804F0CA000000306030001000000006A', 'hex');
const getUid = Buffer.from('FFCA000000', 'hex');

// --- pcscd ---------------------------------------------------------------------------------------
const withReader = path.join(stateDir, 'with-reader');
const withoutReader = path.join(stateDir, 'without-reader');
fs.mkdirSync(withReader, { recursive: true });
fs.mkdirSync(withoutReader, { recursive: true });
fs.writeFileSync(path.join(withReader, 'vpcd'), [
  'FRIENDLYNAME "Virtual PCD"',
  `DEVICENAME /dev/null:0x${vpcdPort.toString(16).toUpperCase()}`,
  'LIBPATH /usr/lib/pcsc/drivers/serial/libifdvpcd.so',
  `CHANNELID 0x${vpcdPort.toString(16).toUpperCase()}`,
  '',
].join('\n'));

let pcscd = null;
let pcscdHasReader = false;
const pcscdLogPath = path.join(stateDir, 'pcscd.log');
const pcscdLog = fs.openSync(pcscdLogPath, 'a');

// pcscd's own debug log (-d) is where it says what it has seen of the card.
const cardInserted = /Card inserted into Virtual PCD/g;
const cardRemoved = /Card Removed From Virtual PCD/g;
const logged = (what) => (fs.readFileSync(pcscdLogPath, 'utf8').match(what) ?? []).length;

async function pcscdSaw(what, before) {
  for (let waited = 0; waited < 5000; waited += 20) {
    if (logged(what) > before) return;
    await sleep(20);
  }
  throw new Error(`pcscd did not log ${what.source} within 5 s`);
}

function listening(port) {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, '0')} `;
  return fs.readFileSync('/proc/net/tcp', 'utf8').split('\n').some((l) => l.includes(hex) && / 0A /.test(l));
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// pcscd is up when it has made its socket; with the reader, when vpcd listens for cards too.
async function startPcscd(reader) {
  const socket = '/run/pcscd/pcscd.comm';
  try { fs.unlinkSync(socket); } catch {}
  pcscdHasReader = reader;
  pcscd = spawn('pcscd', ['-f', '-d', '-c', reader ? withReader : withoutReader], { stdio: ['ignore', pcscdLog, pcscdLog] });
  const child = pcscd;
  let exited = false;
  child.once('exit', () => { exited = true; });
  for (let waited = 0; waited < 10000; waited += 20) {
    if (exited) throw new Error(`pcscd exited at start (see ${path.join(stateDir, 'pcscd.log')})`);
    if (fs.existsSync(socket) && (!reader || listening(vpcdPort + 1))) return;
    await sleep(20);
  }
  throw new Error('pcscd did not come up within 10 s');
}

function stopPcscd(signal) {
  const child = pcscd;
  pcscd = null;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill(signal);
  });
}

// --- the card ------------------------------------------------------------------------------------
let card = null; // { socket, uid, atr, slow }

function frame(payload) {
  const head = Buffer.alloc(2);
  head.writeUInt16BE(payload.length);
  return Buffer.concat([head, payload]);
}

function answer(current, message) {
  if (message.length === 1) {
    if (message[0] === 4) current.socket.write(frame(current.atr));
    return; // power on, off and reset need no answer
  }
  let reply = Buffer.from([0x6d, 0x00]);
  if (message.equals(getUid))
    reply = current.uid ? Buffer.concat([current.uid, Buffer.from([0x90, 0x00])]) : Buffer.from([0x6a, 0x81]);
  if (current.slow && message.equals(getUid)) {
    setTimeout(() => current.socket.writable && current.socket.write(frame(reply)), 2000);
    current.asked?.();
  } else current.socket.write(frame(reply));
}

// Without waiting for pcscd: for when pcscd goes too.
function dropCard() {
  if (!card) return;
  card.socket.destroy();
  card = null;
}

async function takeOff() {
  if (!card) return;
  const before = logged(cardRemoved);
  dropCard();
  if (pcscd && pcscdHasReader) await pcscdSaw(cardRemoved, before);
}

async function layOn(spec, slow) {
  await takeOff();
  const isAtr = spec.toLowerCase().startsWith('atr:');
  const hex = isAtr ? spec.slice(4) : spec;
  if (!/^([0-9a-fA-F]{2}){1,33}$/.test(hex)) throw new Error('expected a UID, or atr: and an ATR, in hex');
  const bytes = Buffer.from(hex, 'hex');
  const before = logged(cardInserted);
  await new Promise((done, fail) => {
    const socket = net.connect(vpcdPort, '127.0.0.1');
    const current = { socket, uid: isAtr ? null : bytes, atr: isAtr ? bytes : contactlessAtr, slow };
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 2 && pending.length >= 2 + pending.readUInt16BE(0)) {
        const length = pending.readUInt16BE(0);
        answer(current, pending.subarray(2, 2 + length));
        pending = pending.subarray(2 + length);
      }
    });
    socket.once('connect', () => {
      card = current;
      if (slow) current.asked = () => { current.asked = null; done(); };
      else pcscdSaw(cardInserted, before).then(done, fail);
    });
    socket.once('error', (e) => fail(new Error(`vpcd: ${e.message}`)));
    if (slow) setTimeout(() => fail(new Error('pcscd did not ask for the UID within 10 s')), 10000);
    socket.on('close', () => {
      if (card === current) card = null;
    });
  });
}

// --- control -------------------------------------------------------------------------------------
async function perform(command, value) {
  switch (command) {
    case 'insert': return layOn(value ?? '', false);
    case 'insert-slow': return layOn(value ?? '', true);
    case 'remove': return takeOff();
    case 'pcscd-kill': dropCard(); return stopPcscd('SIGKILL');
    case 'pcscd-start': return startPcscd(true);
    case 'reader-unplug': dropCard(); await stopPcscd('SIGTERM'); return startPcscd(false);
    case 'reader-plug': await stopPcscd('SIGTERM'); return startPcscd(true);
    case 'quit': setTimeout(shutDown, 50); return; // after the "ok" is on its way
    default: throw new Error(`unknown command '${command}'`);
  }
}

let queue = Promise.resolve(); // one command at a time, whoever sends it
// Half-open: a client may end its side after its lines and still read the answers.
const control = net.createServer({ allowHalfOpen: true }, (client) => {
  let buffered = '';
  client.on('data', (chunk) => {
    buffered += chunk.toString('utf8');
    let newline;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const [command, value] = buffered.slice(0, newline).trim().split(/\s+/);
      buffered = buffered.slice(newline + 1);
      queue = queue.then(() => perform(command, value))
        .then(() => client.write('ok\n'), (e) => client.write(`error: ${e.message}\n`));
    }
  });
  client.on('end', () => { queue = queue.then(() => client.end()); });
  client.on('error', () => {});
});

async function shutDown() {
  dropCard();
  await stopPcscd('SIGTERM');
  try { fs.unlinkSync(controlPath); } catch {}
  process.exit(0);
}
process.on('SIGTERM', shutDown);
process.on('SIGINT', shutDown);

execFileSync('ip', ['link', 'set', 'lo', 'up']); // a fresh network namespace starts with it down
try { fs.unlinkSync(controlPath); } catch {}
await startPcscd(true);
control.listen(controlPath, () => process.stdout.write('ready\n'));
