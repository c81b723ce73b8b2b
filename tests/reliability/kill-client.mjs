// SIGKILLs the real command-line client (invitedesk-cli) at random moments while it
// queues, sends and syncs, many times per run, against the real server; run by
// kill-client.sh. Usage:
//   node kill-client.mjs --server BIN --cli BIN --runs N
// Each run: a fresh server database (alice: 1200 sent, 20 received) served with a rate
// limit of 40 requests/s, so sending takes seconds and kills land in it; a fresh data
// folder and sign-in. Then, each step started and killed 0-1500 ms in (0-250 ms for the
// full syncs; unless it ended first): a bulk withdrawal of the 150 oldest stale invitations (started again until
// it has queued them), accepts, invitations
// with a note, and several syncs, two of them full syncs (the cache's sync token taken
// away, as after a 410: three pages of 500 to apply); every third run also a cache
// migration killed as it starts (the cache is taken back to schema 3 first). At the end
// `sync` runs unkilled until it reports nothing left. Checked against both databases:
//   lost        asked actions (every one the cache recorded: finished_actions) that
//               did not take effect on the server, or that ended as not done
//   duplicated  server-side effects beyond what was asked: more idempotency keys than
//               actions, an invitation changed that no action named
//               or an invitation the cache shows otherwise than the server has it
//   integrity   the cache passes PRAGMA integrity_check, its outbox is empty
// Last line: BENCH kill-client runs=N kills=K lost=0 duplicated=0 integrity_ok=N
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
  options: { server: { type: 'string' }, cli: { type: 'string' }, runs: { type: 'string', default: '100' } },
});
const RUNS = Number(opt.runs);
const sql = (db, query) => execFileSync('sqlite3', [db, query], { encoding: 'utf8' }).trim();
const rows = (db, query) => sql(db, query).split('\n').filter((l) => l.length);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function startServer(db) {
  return new Promise((resolve, reject) => {
    const child = spawn(opt.server, ['serve', '--db', db, '--listen', '127.0.0.1:0', '--rate-limit', '40',
      '--rate-burst', '20'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stderr.resume();
    const timer = setTimeout(() => reject(new Error('server: no listening line within 20 s')), 20000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/api\/v1)/.exec(out);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1] }); }
    });
  });
}

// Runs the CLI; with killAfterMs, SIGKILLs it then unless it ended first. Resolves
// { killed, code, out }.
function cli(env, args, killAfterMs) {
  return new Promise((resolve) => {
    const child = spawn(opt.cli, ['--data-dir', env.dataDir, ...args, '--password-file', env.passwordFile],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANGUAGE: 'en', DBUS_SESSION_BUS_ADDRESS: '' } });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    let killed = false;
    const timer = killAfterMs === undefined ? null : setTimeout(() => { killed = true; child.kill('SIGKILL'); }, killAfterMs);
    child.on('exit', (code) => { if (timer) clearTimeout(timer); resolve({ killed, code, out }); });
  });
}

let kills = 0;
let lost = 0;
let duplicated = 0;
let integrityOk = 0;
const problem = (run, what) => console.log(`run ${run}: ${what}`);

for (let run = 1; run <= RUNS; run++) {
  const dir = mkdtempSync(join(tmpdir(), 'invitedesk-kill-client-'));
  const serverDb = join(dir, 'server.db');
  const env = { dataDir: join(dir, 'data'), passwordFile: join(dir, 'password') };
  writeFileSync(env.passwordFile, 'kill-client-pw\n');
  execFileSync(opt.server, ['seed', '--db', serverDb, '--user', 'alice', '--password', 'kill-client-pw',
    '--sent', '1200', '--received', '20', '--seed', String(run)], { stdio: 'ignore' });
  const alice = sql(serverDb, "SELECT person_id FROM accounts WHERE username = 'alice'");
  const stateAt = () => new Map(rows(serverDb, `SELECT id, state FROM invitations WHERE sender_id = '${alice}' OR invitee_id = '${alice}'`)
    .map((l) => l.split('|')));
  const before = stateAt();
  const keysBefore = Number(sql(serverDb, `SELECT count(*) FROM idempotency_keys WHERE person_id = '${alice}'`));
  const { child: server, url } = await startServer(serverDb);
  try {
    const signedIn = await cli(env, ['sign-in', '--server', url, '--user', 'alice']);
    if (signedIn.code !== 0) throw new Error(`sign-in failed: ${signedIn.out}`);
    const cache = join(env.dataDir, readdirSync(env.dataDir).find((f) => /^cache-.*\.sqlite$/.test(f)));
    const received = rows(cache, 'SELECT id FROM invitations WHERE direction = 1 AND state = 0 LIMIT 3');
    const people = rows(cache, 'SELECT person_id FROM suggestions WHERE reinvite_available_at IS NULL LIMIT 2');

    const killed = async (args, within = 1500) => {
      const r = await cli(env, args, Math.random() * within);
      if (r.killed) kills++;
      if (process.env.KILL_CLIENT_VERBOSE) console.log(`  ${args.join(' ')}: ${r.killed ? 'killed' : 'exit ' + r.code}\n${r.out}`);
      return r;
    };
    if (run % 3 === 1) {
      // Back to schema 3 (no list_sizes): the next start migrates, and is killed as it does.
      sql(cache, "DROP TRIGGER IF EXISTS list_sizes_insert; DROP TRIGGER IF EXISTS list_sizes_delete;" +
        " DROP TRIGGER IF EXISTS list_sizes_update; DROP TABLE IF EXISTS list_sizes;" +
        " DROP INDEX IF EXISTS invitations_newest; PRAGMA user_version = 3;");
      const r = await cli(env, ['status'], Math.random() * 40);
      if (r.killed) kills++;
    }
    // Killed until it has queued (its enqueue is one transaction: all or nothing).
    const queuedOrDone = () => Number(sql(cache, 'SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM finished_actions)'));
    for (let i = 0; i < 10 && queuedOrDone() === 0; i++) {
      await killed(['withdraw', '--older-than', '30', '--limit', '150', '--yes']);
    }
    await killed(['sync']);
    if (received.length) await killed(['accept', ...received]);
    for (const person of people) await killed(['invite', person, '--note', `Hello from run ${run}`]);
    for (let i = 0; i < 2; i++) await killed(['sync']);
    // Full syncs, killed while they fetch and apply their pages (the whole run takes
    // ~170 ms here).
    for (let i = 0; i < 2; i++) {
      sql(cache, "UPDATE meta SET value = '' WHERE key = 'sync_token'");
      await killed(['sync'], 250);
    }
    // Then to the end, unkilled.
    let last;
    for (let i = 0; i < 20; i++) {
      last = await cli(env, ['sync']);
      if (last.code === 0 && sql(cache, 'SELECT count(*) FROM outbox') === '0') break;
      await sleep(500);
    }

    // What the cache says was asked, and how each ended.
    const finished = rows(cache, 'SELECT kind, invitation_id, result FROM finished_actions').map((l) => l.split('|'));
    const outboxLeft = Number(sql(cache, 'SELECT count(*) FROM outbox'));
    const integrity = sql(cache, 'PRAGMA integrity_check');
    if (integrity === 'ok' && outboxLeft === 0) integrityOk++;
    else problem(run, `cache integrity ${integrity}, ${outboxLeft} actions still queued (last sync: ${last?.out})`);

    const after = stateAt();
    const expect = { withdraw: 'withdrawn', accept: 'accepted' };
    const asked = new Set();
    let sends = 0;
    for (const [kind, id, result] of finished) {
      if (result !== '0') { lost++; problem(run, `${kind} ${id} ended as ${result}, not done`); continue; }
      if (kind === 'send') { sends++; continue; } // the cache names it by a local id
      if (after.get(id) !== expect[kind]) { lost++; problem(run, `${kind} ${id}: server says ${after.get(id)}`); }
      asked.add(id);
    }
    // New invitations: one per invitation asked, each to a person asked for.
    const created = rows(serverDb, `SELECT id, invitee_id FROM invitations WHERE sender_id = '${alice}'`)
      .map((l) => l.split('|')).filter(([id]) => !before.has(id));
    for (const [id, invitee] of created) {
      asked.add(id);
      if (!people.includes(invitee)) { duplicated++; problem(run, `invitation ${id} to ${invitee}, who was not invited`); }
    }
    if (created.length !== sends) {
      if (created.length > sends) duplicated += created.length - sends; else lost += sends - created.length;
      problem(run, `${created.length} new invitations on the server for ${sends} asked`);
    }
    for (const [id, state] of after) {
      // (Expiry is the server's own doing.)
      if (before.get(id) !== state && state !== 'expired' && !asked.has(id)) {
        duplicated++;
        problem(run, `${id} became ${state} unasked`);
      }
    }
    const keys = Number(sql(serverDb, `SELECT count(*) FROM idempotency_keys WHERE person_id = '${alice}'`)) - keysBefore;
    if (keys !== finished.length) {
      duplicated += Math.max(0, keys - finished.length);
      problem(run, `${keys} idempotency keys on the server for ${finished.length} actions`);
    }
    // Every page applied: the cache shows each invitation as the server has it.
    const names = ['pending', 'accepted', 'ignored', 'withdrawn', 'expired'];
    const cached = new Map(rows(cache, 'SELECT id, COALESCE(local_state, state) FROM invitations')
      .map((l) => l.split('|')).map(([id, state]) => [id, names[Number(state)]]));
    // (A withdrawal is silent: the invitee never sees a withdrawn invitation.)
    const visible = new Map(rows(serverDb, `SELECT id, state FROM invitations WHERE sender_id = '${alice}'` +
      ` OR (invitee_id = '${alice}' AND state <> 'withdrawn')`).map((l) => l.split('|')));
    const differ = [...visible].filter(([id, state]) => cached.get(id) !== state);
    if (differ.length || cached.size !== visible.size) {
      lost += differ.length || 1;
      problem(run, `the cache holds ${cached.size} invitations, the server ${visible.size}; ${differ.length} differ` +
        (differ.length ? ` (first: ${differ[0][0]} server ${differ[0][1]}, cache ${cached.get(differ[0][0])})` : ''));
    }
    if (!finished.some(([kind]) => kind === 'withdraw')) {
      lost++;
      problem(run, 'the bulk withdrawal was queued but no withdrawal was recorded as finished');
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
  if (run % 10 === 0 || run === RUNS) console.log(`run ${run}/${RUNS}: ${kills} kills, lost ${lost}, duplicated ${duplicated}`);
}
console.log(`BENCH kill-client runs=${RUNS} kills=${kills} lost=${lost} duplicated=${duplicated} integrity_ok=${integrityOk}`);
process.exit(lost === 0 && duplicated === 0 && integrityOk === RUNS ? 0 : 1);
