// SIGKILLs the real server while clients withdraw and invite, many times, and checks
// what survives. Run by kill-server.sh (which makes the database); usage:
//   node kill-server.mjs --server BIN --db DB --check CMD --runs N
// Each run starts `serve` on a free loopback port, lets four clients send withdrawals
// of pending sent invitations and invitations to suggested people (a fresh
// Idempotency-Key each), kills the server at a random moment (SIGKILL, 10-300 ms in),
// runs CMD (the backend's integrity and orphan check; exit 0 = ok) on the killed
// database, restarts the server and checks every answer a client received before the
// kill: the change is there (an acknowledged withdrawal is withdrawn, an acknowledged
// invitation exists) and the same request with the same key replays the same status
// and body. Requests cut off by the kill are retried with their key: they take effect
// at most once. Last line:
//   BENCH kill-server runs=N acknowledged_lost=L replay_mismatch=M integrity_ok=K
// Exits 1 unless L = M = 0 and K = N.
import { spawn, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
  options: {
    server: { type: 'string' }, db: { type: 'string' }, check: { type: 'string' },
    runs: { type: 'string', default: '100' }, user: { type: 'string', default: 'alice' },
    password: { type: 'string', default: 'kill-server-pw' },
  },
});
const RUNS = Number(opt.runs);

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(opt.server, ['serve', '--db', opt.db, '--listen', '127.0.0.1:0', '--rate-limit', '0',
      '--weekly-invite-limit', '1000000', '--reinvite-cooldown-days', '21'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`no listening line within 20 s: ${out} ${err}`)), 20000);
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/api\/v1)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, base: m[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${err}`)));
  });
}

async function request(base, token, method, path, key, body) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (key) headers['Idempotency-Key'] = key;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(base + path, { method, headers, body, signal: AbortSignal.timeout(10000) });
  return { status: res.status, text: await res.text() };
}

async function signIn(base) {
  const r = await request(base, null, 'POST', '/auth/token', null, JSON.stringify({ username: opt.user, password: opt.password }));
  if (r.status !== 200) throw new Error(`sign-in: ${r.status} ${r.text}`);
  return JSON.parse(r.text).access_token;
}

async function allSent(base, token) {
  const states = new Map();
  let cursor = '';
  for (;;) {
    const r = await request(base, token, 'GET', `/invitations?direction=sent&state=all&limit=200${cursor ? '&cursor=' + encodeURIComponent(cursor) : ''}`);
    if (r.status !== 200) throw new Error(`list: ${r.status} ${r.text}`);
    const page = JSON.parse(r.text);
    for (const item of page.items) states.set(item.id, item.state);
    if (!page.next_cursor) return states;
    cursor = page.next_cursor;
  }
}

async function suggestions(base, token) {
  const r = await request(base, token, 'GET', '/people/suggestions?limit=100');
  if (r.status !== 200) throw new Error(`suggestions: ${r.status} ${r.text}`);
  return JSON.parse(r.text).items.map((p) => p.person?.id ?? p.id).filter(Boolean);
}

let lost = 0;
let mismatched = 0;
let answered = 0; // answers received before a kill
let retried = 0; // requests a kill cut off, sent again after the restart
let integrityOk = 0;
const acknowledged = []; // { method, path, key, body, status, text }
const cutOff = [];

for (let run = 1; run <= RUNS; run++) {
  const { child, base } = await startServer();
  const token = await signIn(base);
  const pending = [...(await allSent(base, token))].filter(([, s]) => s === 'pending').map(([id]) => id);
  const people = await suggestions(base, token);
  // The work of this run, shared by four clients; each item goes out once here.
  const work = [];
  for (const id of pending.slice(0, 100)) work.push({ method: 'POST', path: `/invitations/${id}/withdraw`, body: undefined });
  for (const id of people.slice(0, 40)) {
    work.push({ method: 'POST', path: '/invitations', body: JSON.stringify({ invitee_id: id, message: `run ${run}` }) });
  }
  work.sort(() => Math.random() - 0.5);
  let dead = false;
  const client = async () => {
    while (work.length && !dead) {
      const item = { ...work.pop(), key: randomUUID() };
      try {
        const r = await request(base, token, item.method, item.path, item.key, item.body);
        if (r.status >= 500) cutOff.push(item); // not stored: the retry performs it
        else acknowledged.push({ ...item, ...r });
      } catch {
        cutOff.push(item);
      }
    }
  };
  const clients = [client(), client(), client(), client()];
  await new Promise((r) => setTimeout(r, 10 + Math.random() * 290));
  dead = true;
  child.kill('SIGKILL');
  await Promise.allSettled(clients);
  await new Promise((r) => child.exitCode !== null || child.signalCode ? r() : child.once('exit', r));
  try {
    execFileSync('bash', ['-c', opt.check], { stdio: ['ignore', 'pipe', 'inherit'] });
    integrityOk++;
  } catch (e) {
    console.log(`run ${run}: integrity check failed: ${e.stdout}`);
  }

  // After the restart: acknowledged answers are durable and replay as they were.
  const again = await startServer();
  try {
    const t = await signIn(again.base);
    retried += cutOff.length;
    answered += acknowledged.length;
    for (const item of cutOff.splice(0)) {
      const r = await request(again.base, t, item.method, item.path, item.key, item.body);
      if (r.status < 500) acknowledged.push({ ...item, ...r });
    }
    const states = await allSent(again.base, t);
    for (const a of acknowledged.splice(0)) {
      const r = await request(again.base, t, a.method, a.path, a.key, a.body);
      if (r.status !== a.status || r.text !== a.text) {
        mismatched++;
        console.log(`run ${run}: ${a.method} ${a.path} key ${a.key}: first ${a.status} ${a.text}, replayed ${r.status} ${r.text}`);
      }
      if (a.status === 200 && a.path.endsWith('/withdraw') && states.get(a.path.split('/')[2]) !== 'withdrawn') {
        lost++;
        console.log(`run ${run}: acknowledged withdrawal ${a.path} is ${states.get(a.path.split('/')[2])} after the restart`);
      }
      if (a.status === 201 && !states.has(JSON.parse(a.text).id)) {
        lost++;
        console.log(`run ${run}: acknowledged invitation ${JSON.parse(a.text).id} is gone after the restart`);
      }
    }
  } finally {
    again.child.kill('SIGTERM');
    await new Promise((r) => again.child.once('exit', r));
  }
  if (run % 10 === 0 || run === RUNS) {
    console.log(`run ${run}/${RUNS}: ${answered} answers before a kill, ${retried} cut off and retried; ` +
      `lost ${lost}, replay mismatches ${mismatched}`);
  }
}
console.log(`BENCH kill-server runs=${RUNS} acknowledged_lost=${lost} replay_mismatch=${mismatched} integrity_ok=${integrityOk}`);
process.exit(lost === 0 && mismatched === 0 && integrityOk === RUNS ? 0 : 1);
