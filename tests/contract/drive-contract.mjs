#!/usr/bin/env node
// Contract driver: sends traffic THROUGH a Prism 5.14.2 validation proxy (started
// without --errors) in front of the real invitedesk-server, and fails on any contract
// violation in either direction.
//
// How Prism reports violations (verified with 5.14.2): without --errors every request is
// forwarded, even an invalid one, and the answer carries an `sl-violations` header: a JSON
// array of {location: ["request"|"response", ...], severity, code, message}; Prism also
// logs each as "Violation: <location> <message>". With --errors it answers invalid
// requests itself (401 / 422 problem documents typed https://stoplight.io/prism/errors#…)
// and replaces responses with Error-level violations by a 500 #VIOLATIONS document.
// Blind spots of Prism that this driver covers itself:
//   - an undeclared 4xx/5xx status is only a Warning -> every response-side finding fails;
//   - media types are compared without their +suffix (application/json passes for
//     application/problem+json) -> the Content-Type is asserted here;
//   - a malformed JSON request body is answered by Prism itself (400 {"error":…}) and
//     never forwarded -> those few requests also go directly to the server ([direct]);
//   - JSON request bodies are parsed and re-serialised by Prism before forwarding, so
//     invalid UTF-8 cannot pass through it either ([direct] as well).
//
// Usage: node drive-contract.mjs --group main|ratelimit|weekly --proxy http://127.0.0.1:P
//          --direct http://127.0.0.1:S/api/v1 --user U --password PW [--user2 U2 --password2 PW2]
//          [--note-max-chars 300] [--weekly-limit N] [--cooldown-days 21] [--expiry-days 180]
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';

const { values: opt } = parseArgs({
  options: {
    group: { type: 'string' },
    proxy: { type: 'string' },
    direct: { type: 'string' },
    user: { type: 'string' },
    password: { type: 'string' },
    user2: { type: 'string' },
    password2: { type: 'string' },
    'note-max-chars': { type: 'string', default: '300' },
    'weekly-limit': { type: 'string', default: '100' },
    'cooldown-days': { type: 'string', default: '21' },
    'expiry-days': { type: 'string', default: '180' },
  },
});
for (const k of ['group', 'proxy', 'direct', 'user', 'password']) {
  if (!opt[k]) {
    console.error(`drive-contract: --${k} is required`);
    process.exit(2);
  }
}
const PROXY = opt.proxy.replace(/\/$/, '');
const DIRECT = opt.direct.replace(/\/$/, '');
const NOTE_MAX = Number(opt['note-max-chars']);
const WEEKLY_LIMIT = Number(opt['weekly-limit']);
const COOLDOWN_MS = Number(opt['cooldown-days']) * 86400_000;
const EXPIRY_MS = Number(opt['expiry-days']) * 86400_000;
// What GET /me must publish as `rules`: the flags the server was started with.
const RULES = {
  reinvite_cooldown_days: Number(opt['cooldown-days']),
  expiry_days: Number(opt['expiry-days']),
  weekly_invite_limit: WEEKLY_LIMIT,
  note_max_chars: NOTE_MAX,
};
const REQUEST_TIMEOUT_MS = 10_000;
const PROBLEM_PREFIX = 'urn:invitedesk:problem:';
const TS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

let passed = 0;
let failed = 0;
const failures = [];

class Abort extends Error {}

function need(cond, msg) {
  if (!cond) throw new Abort(msg);
}

const key = () => randomUUID();

function describeRequest(r) {
  const q = r.query ? '?' + new URLSearchParams(r.query).toString() : '';
  return `${r.method || 'GET'} ${r.path}${q}${r.direct ? ' [direct to server]' : ' [via Prism]'}`;
}

function excerpt(s, n = 400) {
  if (s === undefined || s === null) return '';
  s = String(s);
  return s.length > n ? s.slice(0, n) + `… (${s.length} chars)` : s;
}

// One request and its contract checks. Never throws for a contract finding: it records
// it (so one run lists every deviation) and returns what the server answered.
//   r.method, r.path (relative to /api/v1), r.query (object), r.token (string; omit for
//   no Authorization), r.idem (Idempotency-Key value; omit for none), r.body (JSON value),
//   r.raw (string/Buffer sent as is), r.contentType, r.direct (bypass Prism),
//   r.status (expected), r.code (expected problem code), r.replayed (expect
//   Idempotent-Replayed: true), r.requestViolation: 'none' (default) | 'expected' (a
//   deliberately invalid request the spec must flag; r.violation, a RegExp, must then
//   match one of Prism's request findings "location message") | 'allowed',
//   r.check(res, expect) for extra assertions.
async function call(name, r) {
  const method = r.method || 'GET';
  const base = r.direct ? DIRECT : PROXY;
  const q = r.query ? '?' + new URLSearchParams(r.query).toString() : '';
  const url = base + r.path + q;
  const headers = {};
  if (r.token !== undefined) headers.Authorization = `Bearer ${r.token}`;
  if (r.idem !== undefined) headers['Idempotency-Key'] = r.idem;
  let body;
  if (r.raw !== undefined) {
    body = r.raw;
    headers['Content-Type'] = r.contentType || 'application/json';
  } else if (r.body !== undefined) {
    body = JSON.stringify(r.body);
    headers['Content-Type'] = r.contentType || 'application/json';
  } else if (r.chunks !== undefined) {
    // A streamed body goes out with Transfer-Encoding: chunked, no Content-Length.
    const encoder = new TextEncoder();
    body = new ReadableStream({
      start(controller) {
        for (const chunk of r.chunks) controller.enqueue(encoder.encode(chunk));
        controller.close();
      },
    });
    headers['Content-Type'] = 'application/json';
  }
  const problems = [];
  const expect = (cond, msg) => {
    if (!cond) problems.push(msg);
    return !!cond;
  };
  let res;
  let text = '';
  try {
    const streamed = r.chunks !== undefined ? { duplex: 'half' } : {};
    res = await fetch(url, { method, headers, body, ...streamed, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    text = await res.text();
  } catch (e) {
    problems.push(`transport error: ${e.cause?.message || e.message}`);
  }
  const out = { status: res?.status, headers: res?.headers, text, json: undefined, problems };
  if (res) {
    const ct = res.headers.get('content-type') || '';
    try {
      out.json = text.length ? JSON.parse(text) : undefined;
    } catch {
      /* checked below */
    }
    // 1. Did Prism answer itself instead of forwarding?
    const j = out.json;
    if (!r.direct && j && typeof j === 'object' && !Array.isArray(j)) {
      if (typeof j.type === 'string' && j.type.startsWith('https://stoplight.io/prism')) {
        problems.push(`Prism answered instead of the server: ${excerpt(text)}`);
      } else if (j.error && !j.type) {
        problems.push(`Prism (or its HTTP layer) answered instead of the server: ${excerpt(text)}`);
      }
    }
    // 2. Prism's findings.
    if (!r.direct) {
      const raw = res.headers.get('sl-violations');
      let viol = [];
      if (raw) {
        try {
          viol = JSON.parse(raw);
        } catch {
          problems.push(`unreadable sl-violations header (truncated by Prism?): ${excerpt(raw)}`);
        }
      }
      const respV = viol.filter((v) => v.location?.[0] === 'response');
      const reqV = viol.filter((v) => v.location?.[0] !== 'response');
      for (const v of respV) {
        problems.push(`RESPONSE violates the spec [${v.severity}] ${v.location.join('.')}: ${v.message}`);
      }
      const rv = r.requestViolation || 'none';
      if (rv === 'none') {
        for (const v of reqV) {
          problems.push(`request violates the spec [${v.severity}] ${(v.location || []).join('.')}: ${v.message} (driver or spec bug)`);
        }
      } else if (rv === 'expected') {
        const texts = reqV.map((v) => `${(v.location || []).join('.')} ${v.message}`);
        if (texts.length === 0) {
          problems.push('this request is invalid by design but Prism reported no request violation: the spec does not describe the constraint');
        } else if (r.violation && !texts.some((t) => r.violation.test(t))) {
          problems.push(`Prism flagged this deliberately invalid request, but not as ${r.violation}: ${texts.join(' | ')}`);
        }
      }
    }
    // 3. Status, media type and problem document.
    if (r.status !== undefined) {
      expect(
        res.status === r.status,
        `status: expected ${r.status}${r.code ? ' ' + r.code : ''}, got ${res.status}` +
          (j && j.code ? ` ${j.code} (${excerpt(j.detail, 200)})` : ` body: ${excerpt(text, 200)}`),
      );
    }
    const statusWrongAndNoProblem = r.status !== undefined && res.status !== r.status && !(j && j.code !== undefined);
    if (r.code !== undefined && !statusWrongAndNoProblem) {
      expect(/^application\/problem\+json\b/i.test(ct), `Content-Type: expected application/problem+json, got "${ct}"`);
      if (expect(j && typeof j === 'object', `problem body is not a JSON object: ${excerpt(text)}`)) {
        expect(j.code === r.code, `code: expected "${r.code}", got ${JSON.stringify(j.code)}`);
        expect(j.type === PROBLEM_PREFIX + j.code, `type: expected "${PROBLEM_PREFIX}${j.code}", got ${JSON.stringify(j.type)}`);
        expect(j.status === res.status, `problem status ${JSON.stringify(j.status)} differs from HTTP status ${res.status}`);
        expect(typeof j.title === 'string' && j.title.length > 0, 'problem title missing');
        expect(typeof j.detail === 'string', 'problem detail missing');
      }
    } else if (res.status >= 200 && res.status < 300 && res.status !== 204) {
      expect(/^application\/json\b/i.test(ct), `Content-Type: expected application/json, got "${ct}"`);
      expect(j !== undefined, `2xx body is not JSON: ${excerpt(text)}`);
    }
    if (res.status === 401 && r.code === 'unauthorized') {
      const wa = res.headers.get('www-authenticate') || '';
      expect(/^Bearer\b/.test(wa), `WWW-Authenticate: expected "Bearer…", got "${wa}"`);
    }
    if (r.idem !== undefined && method === 'POST') {
      const rep = res.headers.get('idempotent-replayed');
      if (r.replayed) expect(rep === 'true', `Idempotent-Replayed: expected "true", got ${JSON.stringify(rep)}`);
      else expect(rep === null, `Idempotent-Replayed: expected no header on a first request, got ${JSON.stringify(rep)}`);
    }
    if (r.check && problems.length === 0) {
      try {
        r.check(out, expect);
      } catch (e) {
        problems.push(`check threw: ${e.stack || e}`);
      }
    }
  }
  if (problems.length === 0) {
    passed++;
    console.log(`ok   ${opt.group}: ${name}`);
  } else {
    failed++;
    const lines = [
      `FAIL ${opt.group}: ${name}`,
      `     request: ${describeRequest(r)}` +
        (r.body !== undefined ? ` body ${excerpt(JSON.stringify(r.body), 160)}` : '') +
        (r.raw !== undefined ? ` raw body ${excerpt(String(r.raw), 80)}` : ''),
      `     got: ${out.status ?? '-'} ${excerpt(text, 300)}`,
      ...problems.map((p) => `     - ${p}`),
    ];
    failures.push(lines.join('\n'));
    console.log(lines.join('\n'));
  }
  return out;
}

function note(name, ok, msg) {
  if (ok) {
    passed++;
    console.log(`ok   ${opt.group}: ${name}`);
  } else {
    failed++;
    const s = `FAIL ${opt.group}: ${name}\n     - ${msg}`;
    failures.push(s);
    console.log(s);
  }
}

const isTs = (v) => typeof v === 'string' && TS_RE.test(v) && !Number.isNaN(Date.parse(v));
const ms = (v) => Date.parse(v);
const minutes = (n) => n * 60_000;

// The `rules` of a GET /me answer, field by field, against the server's flags.
function expectRules(res, expect) {
  expect(isDeepStrictEqual(res.json.rules, RULES),
    `rules ${JSON.stringify(res.json.rules)}, server runs with ${JSON.stringify(RULES)}`);
}

async function login(user, password, name = `POST /auth/token as ${user}`) {
  const r = await call(name, {
    method: 'POST',
    path: '/auth/token',
    body: { username: user, password },
    status: 200,
    check: (res, expect) => {
      expect(res.json.token_type === 'Bearer', 'token_type is not "Bearer"');
      expect(Number.isInteger(res.json.expires_in) && res.json.expires_in > 0, 'expires_in is not a positive integer');
    },
  });
  need(r.status === 200 && r.json?.access_token, `cannot log in as ${user}`);
  return r.json.access_token;
}

// Every page of GET path (items + next_cursor), following next_cursor.
async function allPages(label, token, path, query, maxPages = 60) {
  const items = [];
  let cursor;
  for (let i = 0; i < maxPages; i++) {
    const qq = { ...query };
    if (cursor) qq.cursor = cursor;
    const r = await call(`${label} page ${i + 1}`, { path, query: qq, token, status: 200 });
    need(r.status === 200 && Array.isArray(r.json?.items), `${label}: cannot page`);
    if (qq.limit) {
      const lim = Number(qq.limit);
      note(`${label} page ${i + 1} honours limit`, r.json.items.length <= lim, `got ${r.json.items.length} items for limit ${lim}`);
    }
    items.push(...r.json.items);
    cursor = r.json.next_cursor;
    if (cursor === null) return items;
  }
  note(`${label} ends`, false, `still a next_cursor after ${maxPages} pages`);
  return items;
}

async function syncAll(label, token, since, limit = 50, maxPages = 100) {
  const changes = [];
  let s = since;
  for (let i = 0; i < maxPages; i++) {
    const query = { limit: String(limit) };
    if (s !== undefined) query.since = s;
    const r = await call(`${label} batch ${i + 1}`, {
      path: '/sync',
      query,
      token,
      status: 200,
      check: (res, expect) => expect(res.json.changes.length <= limit, `${res.json.changes.length} changes for limit ${limit}`),
    });
    need(r.status === 200 && Array.isArray(r.json?.changes), `${label}: sync failed`);
    changes.push(...r.json.changes);
    s = r.json.next_since;
    if (!r.json.has_more) return { changes, next: s };
  }
  note(`${label} ends`, false, `has_more still true after ${maxPages} batches`);
  return { changes, next: s };
}

function checkNewestFirst(label, items, field = 'sent_at') {
  for (let i = 1; i < items.length; i++) {
    if (ms(items[i - 1][field]) < ms(items[i][field])) {
      note(`${label} is newest first`, false, `item ${i} (${items[i].id} ${field} ${items[i][field]}) is newer than item ${i - 1} (${items[i - 1].id} ${items[i - 1][field]})`);
      return;
    }
  }
  note(`${label} is newest first`, true);
}

function checkNoDuplicates(label, ids) {
  const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
  note(`${label} has no duplicates`, dup.length === 0, `duplicate ids: ${[...new Set(dup)].join(', ')}`);
}

// ---------------------------------------------------------------------------------------
async function groupMain() {
  const U = opt.user;
  const U2 = opt.user2;
  need(U2 && opt.password2, 'group main needs --user2/--password2');

  // --- service and auth ---------------------------------------------------------------
  await call('GET /health', {
    path: '/health',
    status: 200,
    check: (res, expect) => expect(res.json.status === 'ok', 'status is not "ok"'),
  });
  const tok = await login(U, opt.password);
  const tok2 = await login(U2, opt.password2);
  await call('POST /auth/token wrong password', {
    method: 'POST', path: '/auth/token', body: { username: U, password: opt.password + 'x' },
    status: 401, code: 'invalid_credentials',
  });
  await call('POST /auth/token unknown user', {
    method: 'POST', path: '/auth/token', body: { username: 'nobody-' + key(), password: 'x' },
    status: 401, code: 'invalid_credentials',
  });
  await call('POST /auth/token missing password', {
    method: 'POST', path: '/auth/token', body: { username: U },
    status: 422, code: 'invalid_request', requestViolation: 'expected', violation: /^request\.body.*password/,
  });
  await call('POST /auth/token password not a string', {
    method: 'POST', path: '/auth/token', body: { username: U, password: 12 },
    status: 422, code: 'invalid_request', requestViolation: 'expected', violation: /^request\.body.*password/,
  });
  await call('POST /auth/token body is a JSON array', {
    method: 'POST', path: '/auth/token', raw: '[1,2]',
    status: 400, code: 'invalid_json', requestViolation: 'expected', violation: /^request\.body.* must be object/,
  });
  await call('POST /auth/token malformed JSON', {
    direct: true, method: 'POST', path: '/auth/token', raw: '{"username": "a",',
    status: 400, code: 'invalid_json',
  });
  await call('POST /auth/token invalid UTF-8', {
    direct: true, method: 'POST', path: '/auth/token',
    raw: Buffer.concat([Buffer.from('{"username":"'), Buffer.from([0xff, 0xfe]), Buffer.from('","password":"x"}')]),
    status: 400, code: 'invalid_json',
  });
  await call('POST /auth/token body over 64 KiB', {
    method: 'POST', path: '/auth/token', body: { username: U, password: 'p'.repeat(70 * 1024) },
    status: 413, code: 'payload_too_large',
  });

  // --- wrong passwords for one name: delayed per account --------------------------------
  const guessed = 'guessed-' + key();
  for (let i = 1; i <= 5; i++) {
    await call(`POST /auth/token wrong password #${i} for one name`, {
      method: 'POST', path: '/auth/token', body: { username: guessed, password: 'wrong' }, status: 401, code: 'invalid_credentials',
    });
  }
  await call('POST /auth/token after 5 wrong passwords for that name', {
    method: 'POST', path: '/auth/token', body: { username: guessed, password: 'wrong' },
    status: 429, code: 'too_many_failed_sign_ins',
    check: (res, expect) => {
      const ra = res.headers.get('retry-after');
      expect(ra !== null && /^\d+$/.test(ra) && Number(ra) >= 1 && Number(ra) <= 30, `Retry-After ${JSON.stringify(ra)}, expected 1..30`);
      expect(res.json?.retry_after === Number(ra), `retry_after ${res.json?.retry_after} differs from Retry-After ${ra}`);
    },
  });

  // --- sign out -------------------------------------------------------------------------
  const doomed = await login(U, opt.password, `POST /auth/token as ${U} (to sign out)`);
  await call('POST /auth/logout', { method: 'POST', path: '/auth/logout', token: doomed, status: 204 });
  await call('GET /me with a signed-out token', { path: '/me', token: doomed, status: 401, code: 'unauthorized' });
  await call('POST /auth/logout twice', { method: 'POST', path: '/auth/logout', token: doomed, status: 401, code: 'unauthorized' });
  await call('POST /auth/logout without Authorization', {
    method: 'POST', path: '/auth/logout', status: 401, code: 'unauthorized', requestViolation: 'expected', violation: /security/i,
  });
  await call('GET /me with the other token of that user', { path: '/me', token: tok, status: 200 });

  // --- 401 unauthorized -----------------------------------------------------------------
  await call('GET /me without Authorization', {
    path: '/me', status: 401, code: 'unauthorized', requestViolation: 'expected', violation: /security/i,
  });
  await call('GET /me with an unknown token', {
    path: '/me', token: 'not-a-token-' + key(), status: 401, code: 'unauthorized',
  });
  await call('GET /invitations with an unknown token', {
    path: '/invitations', token: 'x' + key(), status: 401, code: 'unauthorized',
  });
  await call('POST /invitations without Authorization', {
    method: 'POST', path: '/invitations', idem: key(), body: { invitee_id: 'per_00' },
    status: 401, code: 'unauthorized', requestViolation: 'expected', violation: /security/i,
  });
  await call('POST /invitations/{id}/withdraw with an unknown token', {
    method: 'POST', path: '/invitations/inv_00/withdraw', idem: key(), token: 'nope-' + key(),
    status: 401, code: 'unauthorized',
  });

  // --- unknown route ---------------------------------------------------------------------
  await call('GET unknown route', {
    path: '/no-such-route', token: tok, status: 404, code: 'not_found', requestViolation: 'expected', violation: /route not found/i,
  });

  // --- me -------------------------------------------------------------------------------------
  const me = (await call('GET /me', {
    path: '/me', token: tok, status: 200,
    check: (res, expect) => {
      expect(res.json.weekly_invites_limit === WEEKLY_LIMIT, `weekly_invites_limit ${res.json.weekly_invites_limit}, server runs with ${WEEKLY_LIMIT}`);
      expectRules(res, expect);
    },
  })).json;
  need(me?.id, 'GET /me failed');
  const me2 = (await call(`GET /me as ${U2}`, { path: '/me', token: tok2, status: 200 })).json;
  need(me2?.id, `GET /me as ${U2} failed`);
  note('the two users are different people', me.id !== me2.id, `both are ${me.id}`);

  // --- invitations: listing, filters, paging -----------------------------------------------
  const pend = await call('GET /invitations (defaults)', {
    path: '/invitations', token: tok, status: 200,
    check: (res, expect) => {
      expect(res.json.items.length <= 50, `default limit is 50, got ${res.json.items.length} items`);
      for (const it of res.json.items) expect(it.state === 'pending', `default state is pending, got ${it.id} ${it.state}`);
    },
  });
  need(pend.status === 200, 'GET /invitations failed');
  const sentAll = await allPages('GET /invitations?direction=sent&state=all&limit=7', tok, '/invitations', { direction: 'sent', state: 'all', limit: '7' });
  const recvAll = await allPages('GET /invitations?direction=received&state=all&limit=500', tok, '/invitations', { direction: 'received', state: 'all', limit: '500' });
  note('sent list holds only sent invitations', sentAll.every((i) => i.direction === 'sent'), 'a non-sent item in direction=sent');
  note('received list holds only received invitations', recvAll.every((i) => i.direction === 'received'), 'a non-received item in direction=received');
  note('the invitee never sees a withdrawn invitation', recvAll.every((i) => i.state !== 'withdrawn'),
    `withdrawn received invitations listed: ${recvAll.filter((i) => i.state === 'withdrawn').map((i) => i.id).join(', ')}`);
  checkNewestFirst('sent invitations (all pages)', sentAll);
  checkNewestFirst('received invitations', recvAll);
  checkNoDuplicates('sent invitations (all pages)', sentAll.map((i) => i.id));
  note('seed made sent invitations', sentAll.length > 0, 'no sent invitations after seeding');
  note('seed made received invitations', recvAll.length > 0, 'no received invitations after seeding');
  for (const st of ['pending', 'accepted', 'ignored', 'withdrawn', 'expired']) {
    await call(`GET /invitations?direction=sent&state=${st}`, {
      path: '/invitations', query: { direction: 'sent', state: st, limit: '500' }, token: tok, status: 200,
      check: (res, expect) => {
        for (const it of res.json.items) expect(it.state === st && it.direction === 'sent', `${it.id} is ${it.direction}/${it.state}`);
        const want = sentAll.filter((i) => i.state === st).length;
        expect(res.json.items.length === want, `${res.json.items.length} items, but state=all listed ${want} ${st}`);
      },
    });
  }
  const both = await allPages('GET /invitations?state=all&limit=500', tok, '/invitations', { state: 'all', limit: '500' });
  note('state=all without direction lists sent and received', both.length === sentAll.length + recvAll.length,
    `${both.length} items, but ${sentAll.length} sent + ${recvAll.length} received`);
  checkNewestFirst('all invitations', both);
  for (const it of both) {
    if (!(ms(it.expires_at) - ms(it.sent_at) === EXPIRY_MS)) {
      note('expires_at is sent_at + expiry days', false, `${it.id}: sent_at ${it.sent_at}, expires_at ${it.expires_at}`);
      break;
    }
  }
  for (const [q, label] of [
    [{ limit: '0' }, 'limit=0'],
    [{ limit: '501' }, 'limit=501'],
    [{ limit: 'ten' }, 'limit=ten'],
    [{ direction: 'sideways' }, 'direction=sideways'],
    [{ state: 'lost' }, 'state=lost'],
  ]) {
    await call(`GET /invitations?${label}`, {
      path: '/invitations', query: q, token: tok, status: 400, code: 'invalid_parameter', requestViolation: 'expected', violation: new RegExp(`^request\\.query\\.${Object.keys(q)[0]} `),
    });
  }
  await call('GET /invitations?cursor=<garbage>', {
    path: '/invitations', query: { cursor: '%%not-a-cursor%%' }, token: tok, status: 400, code: 'invalid_parameter',
  });
  await call('GET /invitations?limit=500 (upper bound)', { path: '/invitations', query: { limit: '500' }, token: tok, status: 200 });

  // --- sync ------------------------------------------------------------------------------------
  const full = await syncAll('GET /sync (full, limit=50)', tok, undefined, 50);
  const upIds = full.changes.filter((c) => c.op === 'upsert').map((c) => c.invitation.id);
  const listIds = both.map((i) => i.id);
  const missing = listIds.filter((id) => !upIds.includes(id));
  note('full sync holds every listed invitation', missing.length === 0, `missing from sync: ${missing.slice(0, 10).join(', ')}`);
  const since0 = full.next;
  need(typeof since0 === 'string', 'no next_since');
  await call('GET /sync?since=<latest> (no changes)', {
    path: '/sync', query: { since: since0 }, token: tok, status: 200,
    check: (res, expect) => {
      expect(res.json.changes.length === 0, `${res.json.changes.length} changes right after a full sync`);
      expect(res.json.has_more === false, 'has_more is true');
    },
  });
  await call('GET /sync?since=<unknown token>', {
    path: '/sync', query: { since: 'bogus-' + key() }, token: tok, status: 410, code: 'sync_token_expired',
  });
  const other = await call(`GET /sync as ${U2}`, { path: '/sync', query: { limit: '1000' }, token: tok2, status: 200 });
  need(other.status === 200, `sync as ${U2} failed`);
  let since2 = other.json.next_since;
  await call('GET /sync?since=<token of another user>', {
    path: '/sync', query: { since: since2 }, token: tok, status: 410, code: 'sync_token_expired',
  });
  await call('GET /sync?limit=0', { path: '/sync', query: { limit: '0' }, token: tok, status: 400, code: 'invalid_parameter', requestViolation: 'expected', violation: /^request\.query\.limit / });
  await call('GET /sync?limit=1001', { path: '/sync', query: { limit: '1001' }, token: tok, status: 400, code: 'invalid_parameter', requestViolation: 'expected', violation: /^request\.query\.limit / });

  // --- people ---------------------------------------------------------------------------------
  const sugg = await call('GET /people/suggestions?limit=100', {
    path: '/people/suggestions', query: { limit: '100' }, token: tok, status: 200,
    check: (res, expect) => expect(!res.json.items.some((s) => s.person.id === me.id), 'the caller is suggested to themselves'),
  });
  need(sugg.status === 200, 'suggestions failed');
  await call('GET /people/suggestions (default limit 20)', {
    path: '/people/suggestions', token: tok, status: 200,
    check: (res, expect) => expect(res.json.items.length <= 20, `${res.json.items.length} items for the default limit 20`),
  });
  await call('GET /people/suggestions?limit=101', { path: '/people/suggestions', query: { limit: '101' }, token: tok, status: 400, code: 'invalid_parameter', requestViolation: 'expected', violation: /^request\.query\.limit / });
  await call('GET /people/suggestions?limit=0', { path: '/people/suggestions', query: { limit: '0' }, token: tok, status: 400, code: 'invalid_parameter', requestViolation: 'expected', violation: /^request\.query\.limit / });
  const conns = await allPages('GET /connections?limit=3', tok, '/connections', { limit: '3' });
  checkNoDuplicates('connections (all pages)', conns.map((c) => c.person.id));
  await call('GET /connections?limit=501', { path: '/connections', query: { limit: '501' }, token: tok, status: 400, code: 'invalid_parameter', requestViolation: 'expected', violation: /^request\.query\.limit / });
  await call('GET /connections?cursor=<garbage>', { path: '/connections', query: { cursor: '!!' }, token: tok, status: 400, code: 'invalid_parameter' });
  const connected = new Set(conns.map((c) => c.person.id));
  const pendingWith = new Set(both.filter((i) => i.state === 'pending').map((i) => i.person.id));
  const bad = sugg.json.items.filter((s) => connected.has(s.person.id) || pendingWith.has(s.person.id));
  note('suggestions exclude connections and pending invitations', bad.length === 0, `suggested: ${bad.map((s) => s.person.id).join(', ')}`);
  await call('GET /notifications', { path: '/notifications', token: tok, status: 200 });
  await call('GET /notifications?limit=201', { path: '/notifications', query: { limit: '201' }, token: tok, status: 400, code: 'invalid_parameter', requestViolation: 'expected', violation: /^request\.query\.limit / });
  await call('GET /notifications?limit=0', { path: '/notifications', query: { limit: '0' }, token: tok, status: 400, code: 'invalid_parameter', requestViolation: 'expected', violation: /^request\.query\.limit / });

  // --- POST /invitations: request errors ----------------------------------------------------
  const candidates = sugg.json.items.map((s) => s.person).filter((p) => p.id !== me2.id);
  need(candidates.length >= 1, 'no suggestion to invite');
  const target = candidates[0];
  await call('POST /invitations without Idempotency-Key', {
    method: 'POST', path: '/invitations', token: tok, body: { invitee_id: target.id },
    status: 400, code: 'idempotency_key_missing', requestViolation: 'expected', violation: /^request\.header.*idempotency-key/i,
  });
  await call('POST /invitations with an empty Idempotency-Key', {
    method: 'POST', path: '/invitations', token: tok, idem: '', body: { invitee_id: target.id },
    status: 400, code: 'idempotency_key_missing', requestViolation: 'expected', violation: /^request\.header.*idempotency-key/i,
  });
  await call('POST /invitations with a 256-character Idempotency-Key', {
    method: 'POST', path: '/invitations', token: tok, idem: 'k'.repeat(256), body: { invitee_id: target.id },
    status: 400, code: 'idempotency_key_invalid', requestViolation: 'expected', violation: /^request\.header.*idempotency-key/i,
  });
  await call('POST /invitations body is a JSON array', {
    method: 'POST', path: '/invitations', token: tok, idem: key(), raw: '[]',
    status: 400, code: 'invalid_json', requestViolation: 'expected', violation: /^request\.body.* must be object/,
  });
  await call('POST /invitations body is a JSON string', {
    method: 'POST', path: '/invitations', token: tok, idem: key(), raw: '"per_1"',
    status: 400, code: 'invalid_json', requestViolation: 'expected', violation: /^request\.body.* must be object/,
  });
  await call('POST /invitations malformed JSON', {
    direct: true, method: 'POST', path: '/invitations', token: tok, idem: key(), raw: '{"invitee_id": ',
    status: 400, code: 'invalid_json',
  });
  await call('POST /invitations without invitee_id', {
    method: 'POST', path: '/invitations', token: tok, idem: key(), body: { message: 'hi' },
    status: 422, code: 'invalid_request', requestViolation: 'expected', violation: /^request\.body.*invitee_id/,
  });
  await call('POST /invitations invitee_id is a number', {
    method: 'POST', path: '/invitations', token: tok, idem: key(), body: { invitee_id: 42 },
    status: 422, code: 'invalid_request', requestViolation: 'expected', violation: /^request\.body.*invitee_id/,
  });
  await call('POST /invitations message is a number', {
    method: 'POST', path: '/invitations', token: tok, idem: key(), body: { invitee_id: target.id, message: 7 },
    status: 422, code: 'invalid_request', requestViolation: 'expected', violation: /^request\.body.*message/,
  });
  await call('POST /invitations to oneself', {
    method: 'POST', path: '/invitations', token: tok, idem: key(), body: { invitee_id: me.id },
    status: 422, code: 'invalid_invitee',
  });
  await call('POST /invitations to an unknown person (255-character key)', {
    method: 'POST', path: '/invitations', token: tok, idem: 'k'.repeat(255), body: { invitee_id: 'per_ffffffffffffffff' },
    status: 404, code: 'person_not_found',
  });
  // Lengths are Unicode code points: each U+1F600 is 2 UTF-16 units and 4 UTF-8 bytes.
  await call(`POST /invitations message of ${NOTE_MAX + 1} code points`, {
    method: 'POST', path: '/invitations', token: tok, idem: key(), body: { invitee_id: target.id, message: '\u{1F600}'.repeat(NOTE_MAX + 1) },
    status: 422, code: 'message_too_long',
    check: (res, expect) => {
      expect(res.json.max_chars === NOTE_MAX, `max_chars ${res.json.max_chars}, expected ${NOTE_MAX}`);
      expect(res.json.length === NOTE_MAX + 1, `length ${res.json.length}, expected ${NOTE_MAX + 1} (code points)`);
    },
  });
  await call('POST /invitations body over 64 KiB', {
    method: 'POST', path: '/invitations', token: tok, idem: key(), body: { invitee_id: target.id, message: 'a'.repeat(70 * 1024) },
    status: 413, code: 'payload_too_large',
  });
  // Direct: Prism would buffer the stream and forward it with a Content-Length.
  await call('POST /invitations with a chunked body', {
    direct: true, method: 'POST', path: '/invitations', token: tok, idem: key(),
    chunks: ['{"invitee_id":', `"${target.id}"}`],
    status: 411, code: 'length_required',
  });

  // --- POST /invitations: create, replay, conflicts ---------------------------------------
  const note300 = '\u{1F600}'.repeat(NOTE_MAX);
  const k1 = key();
  const body1 = { invitee_id: target.id, message: note300 };
  const before = Date.now();
  const created = await call(`POST /invitations message of ${NOTE_MAX} code points`, {
    method: 'POST', path: '/invitations', token: tok, idem: k1, body: body1, status: 201,
    check: (res, expect) => {
      const i = res.json;
      expect(i.direction === 'sent' && i.state === 'pending', `${i.direction}/${i.state}, expected sent/pending`);
      expect(i.person.id === target.id, `person ${i.person.id}, expected ${target.id}`);
      expect(i.message === note300, 'message differs from the one sent');
      expect(i.version === 1, `version ${i.version}, expected 1`);
      expect(i.sent_at === i.updated_at, 'sent_at differs from updated_at on a new invitation');
      expect(Math.abs(ms(i.sent_at) - before) < minutes(2), `sent_at ${i.sent_at} is not now`);
      expect(ms(i.expires_at) - ms(i.sent_at) === EXPIRY_MS, `expires_at ${i.expires_at} is not sent_at + expiry days`);
    },
  });
  need(created.status === 201, 'cannot create an invitation');
  const inv1 = created.json;
  await call('POST /invitations replay (same key, same body)', {
    method: 'POST', path: '/invitations', token: tok, idem: k1, body: body1, status: 201, replayed: true,
    check: (res, expect) => expect(isDeepStrictEqual(res.json, inv1), `replayed body differs: ${excerpt(res.text, 200)}`),
  });
  await call('POST /invitations same key, other body', {
    method: 'POST', path: '/invitations', token: tok, idem: k1, body: { invitee_id: target.id, message: 'other' },
    status: 422, code: 'idempotency_key_reused',
  });
  await call('POST /invitations/{id}/withdraw with a key used for POST /invitations', {
    method: 'POST', path: `/invitations/${inv1.id}/withdraw`, token: tok, idem: k1,
    status: 422, code: 'idempotency_key_reused',
  });
  const kp = key();
  const pendingAgain = await call('POST /invitations again (already pending)', {
    method: 'POST', path: '/invitations', token: tok, idem: kp, body: { invitee_id: target.id },
    status: 409, code: 'already_pending',
  });
  await call('POST /invitations again (already pending), replayed', {
    method: 'POST', path: '/invitations', token: tok, idem: kp, body: { invitee_id: target.id },
    status: 409, code: 'already_pending', replayed: true,
    check: (res, expect) => expect(isDeepStrictEqual(res.json, pendingAgain.json), 'replayed body differs'),
  });
  if (conns.length > 0) {
    await call('POST /invitations to a connection', {
      method: 'POST', path: '/invitations', token: tok, idem: key(), body: { invitee_id: conns[0].person.id, message: null },
      status: 409, code: 'already_connected',
    });
  } else {
    note('POST /invitations to a connection', false, 'seeded user has no connection to test already_connected with');
  }
  const recvPending = recvAll.filter((i) => i.state === 'pending');
  const sentPending = sentAll.filter((i) => i.state === 'pending');
  if (recvPending.length > 0) {
    await call('POST /invitations to someone whose invitation to me is pending', {
      method: 'POST', path: '/invitations', token: tok, idem: key(), body: { invitee_id: recvPending[0].person.id },
      status: 409, code: 'already_pending',
    });
  }

  // --- withdraw -----------------------------------------------------------------------------------
  const kw = key();
  const wd = await call('POST /invitations/{id}/withdraw (no body)', {
    method: 'POST', path: `/invitations/${inv1.id}/withdraw`, token: tok, idem: kw, status: 200,
    check: (res, expect) => {
      const i = res.json;
      expect(i.id === inv1.id && i.state === 'withdrawn' && i.direction === 'sent', `${i.id} ${i.direction}/${i.state}`);
      expect(i.version > inv1.version, `version ${i.version} did not grow from ${inv1.version}`);
      expect(ms(i.updated_at) >= ms(inv1.updated_at), 'updated_at went back');
      expect(i.sent_at === inv1.sent_at, 'sent_at changed');
    },
  });
  need(wd.status === 200, 'withdraw failed');
  await call('POST /invitations/{id}/withdraw replay', {
    method: 'POST', path: `/invitations/${inv1.id}/withdraw`, token: tok, idem: kw, status: 200, replayed: true,
    check: (res, expect) => expect(isDeepStrictEqual(res.json, wd.json), 'replayed body differs'),
  });
  await call('POST /invitations/{id}/withdraw again (not pending)', {
    method: 'POST', path: `/invitations/${inv1.id}/withdraw`, token: tok, idem: key(), body: {},
    status: 409, code: 'not_pending',
    check: (res, expect) => expect(res.json.state === 'withdrawn', `state ${res.json.state}, expected withdrawn`),
  });
  await call('POST /invitations after a withdrawal (cooldown)', {
    method: 'POST', path: '/invitations', token: tok, idem: key(), body: { invitee_id: target.id },
    status: 409, code: 'reinvite_cooldown',
    check: (res, expect) => {
      const at = res.json.available_at;
      expect(isTs(at), `available_at ${at} is not a timestamp`);
      expect(Math.abs(ms(at) - (ms(wd.json.updated_at) + COOLDOWN_MS)) < minutes(2), `available_at ${at} is not withdrawal (${wd.json.updated_at}) + cooldown`);
    },
  });
  await call('GET /people/suggestions shows the cooldown', {
    path: '/people/suggestions', query: { limit: '100' }, token: tok, status: 200,
    check: (res, expect) => {
      const s = res.json.items.find((x) => x.person.id === target.id);
      if (s) expect(s.reinvite_available_at !== null, `${target.id} is suggested without reinvite_available_at`);
    },
  });
  await call('POST /invitations/{id}/withdraw unknown id', {
    method: 'POST', path: '/invitations/inv_ffffffffffffffff/withdraw', token: tok, idem: key(),
    status: 404, code: 'not_found',
  });
  if (recvPending.length > 0) {
    await call('POST /invitations/{id}/withdraw of a received invitation', {
      method: 'POST', path: `/invitations/${recvPending[0].id}/withdraw`, token: tok, idem: key(),
      status: 404, code: 'not_found',
    });
  }
  await call('POST /invitations/{id}/withdraw without Idempotency-Key', {
    method: 'POST', path: `/invitations/${inv1.id}/withdraw`, token: tok,
    status: 400, code: 'idempotency_key_missing', requestViolation: 'expected', violation: /^request\.header.*idempotency-key/i,
  });
  await call('POST /invitations/{id}/withdraw body is a JSON array', {
    method: 'POST', path: `/invitations/${inv1.id}/withdraw`, token: tok, idem: key(), raw: '[]',
    status: 400, code: 'invalid_json', requestViolation: 'expected', violation: /^request\.body.* must be object/,
  });
  await call('POST /invitations/{id}/withdraw body over 64 KiB', {
    method: 'POST', path: `/invitations/${inv1.id}/withdraw`, token: tok, idem: key(), body: { pad: 'x'.repeat(70 * 1024) },
    status: 413, code: 'payload_too_large',
  });

  // --- accept / ignore ---------------------------------------------------------------------------
  need(recvPending.length >= 2, `need 2 pending received invitations, seed made ${recvPending.length}`);
  const [ra, ri] = recvPending;
  const ka = key();
  const acc = await call('POST /invitations/{id}/accept', {
    method: 'POST', path: `/invitations/${ra.id}/accept`, token: tok, idem: ka, body: {}, status: 200,
    check: (res, expect) => {
      const i = res.json;
      expect(i.id === ra.id && i.state === 'accepted' && i.direction === 'received', `${i.id} ${i.direction}/${i.state}`);
      expect(i.version > ra.version, `version ${i.version} did not grow from ${ra.version}`);
    },
  });
  await call('POST /invitations/{id}/accept replay', {
    method: 'POST', path: `/invitations/${ra.id}/accept`, token: tok, idem: ka, body: {}, status: 200, replayed: true,
    check: (res, expect) => expect(isDeepStrictEqual(res.json, acc.json), 'replayed body differs'),
  });
  await call('POST /invitations/{id}/accept again (not pending)', {
    method: 'POST', path: `/invitations/${ra.id}/accept`, token: tok, idem: key(),
    status: 409, code: 'not_pending',
    check: (res, expect) => expect(res.json.state === 'accepted', `state ${res.json.state}, expected accepted`),
  });
  await call('POST /invitations/{id}/ignore of an accepted invitation', {
    method: 'POST', path: `/invitations/${ra.id}/ignore`, token: tok, idem: key(),
    status: 409, code: 'not_pending',
    check: (res, expect) => expect(res.json.state === 'accepted', `state ${res.json.state}, expected accepted`),
  });
  await call('GET /connections after accept', {
    path: '/connections', query: { limit: '500' }, token: tok, status: 200,
    check: (res, expect) => expect(res.json.items.some((c) => c.person.id === ra.person.id), `${ra.person.id} is not a connection after accept`),
  });
  await call('POST /invitations to the person just accepted', {
    method: 'POST', path: '/invitations', token: tok, idem: key(), body: { invitee_id: ra.person.id },
    status: 409, code: 'already_connected',
  });
  const ki = key();
  await call('POST /invitations/{id}/ignore', {
    method: 'POST', path: `/invitations/${ri.id}/ignore`, token: tok, idem: ki, status: 200,
    check: (res, expect) => expect(res.json.id === ri.id && res.json.state === 'ignored', `${res.json.id} ${res.json.state}`),
  });
  await call('POST /invitations/{id}/ignore replay', {
    method: 'POST', path: `/invitations/${ri.id}/ignore`, token: tok, idem: ki, status: 200, replayed: true,
  });
  await call('POST /invitations/{id}/accept of an ignored invitation', {
    method: 'POST', path: `/invitations/${ri.id}/accept`, token: tok, idem: key(),
    status: 409, code: 'not_pending',
    check: (res, expect) => expect(res.json.state === 'ignored', `state ${res.json.state}, expected ignored`),
  });
  if (sentPending.length > 0) {
    await call('POST /invitations/{id}/accept of my own sent invitation', {
      method: 'POST', path: `/invitations/${sentPending[0].id}/accept`, token: tok, idem: key(),
      status: 404, code: 'not_found',
    });
    await call('POST /invitations/{id}/ignore of my own sent invitation', {
      method: 'POST', path: `/invitations/${sentPending[0].id}/ignore`, token: tok, idem: key(),
      status: 404, code: 'not_found',
    });
  }
  await call('POST /invitations/{id}/accept unknown id', {
    method: 'POST', path: '/invitations/inv_ffffffffffffffff/accept', token: tok, idem: key(), status: 404, code: 'not_found',
  });
  await call('POST /invitations/{id}/ignore unknown id', {
    method: 'POST', path: '/invitations/inv_ffffffffffffffff/ignore', token: tok, idem: key(), status: 404, code: 'not_found',
  });
  await call('POST /invitations/{id}/accept without Idempotency-Key', {
    method: 'POST', path: `/invitations/${ri.id}/accept`, token: tok, status: 400, code: 'idempotency_key_missing', requestViolation: 'expected', violation: /^request\.header.*idempotency-key/i,
  });
  await call('POST /invitations/{id}/ignore with an empty Idempotency-Key', {
    method: 'POST', path: `/invitations/${ri.id}/ignore`, token: tok, idem: '', status: 400, code: 'idempotency_key_missing', requestViolation: 'expected', violation: /^request\.header.*idempotency-key/i,
  });

  // --- sync after the changes ----------------------------------------------------------------
  const delta = await syncAll('GET /sync?since=<before the changes>', tok, since0, 500);
  const byId = new Map(delta.changes.filter((c) => c.op === 'upsert').map((c) => [c.invitation.id, c.invitation]));
  note('delta sync carries the withdrawal', byId.get(inv1.id)?.state === 'withdrawn', `${inv1.id}: ${JSON.stringify(byId.get(inv1.id)?.state)}`);
  note('delta sync carries the acceptance', byId.get(ra.id)?.state === 'accepted', `${ra.id}: ${JSON.stringify(byId.get(ra.id)?.state)}`);
  note('delta sync carries the ignore', byId.get(ri.id)?.state === 'ignored', `${ri.id}: ${JSON.stringify(byId.get(ri.id)?.state)}`);

  // --- two users: withdrawal is silent for the invitee; accept notifies the sender -----------
  const s2 = await syncAll(`GET /sync as ${U2} (full)`, tok2, undefined, 1000);
  since2 = s2.next;
  const kx = key();
  const toU2 = await call(`POST /invitations to ${U2}`, {
    method: 'POST', path: '/invitations', token: tok, idem: kx, body: { invitee_id: me2.id, message: 'Hello' }, status: 201,
  });
  need(toU2.status === 201, `cannot invite ${U2}`);
  const invX = toU2.json;
  await call(`GET /invitations?direction=received as ${U2}`, {
    path: '/invitations', query: { direction: 'received' }, token: tok2, status: 200,
    check: (res, expect) => {
      const it = res.json.items.find((i) => i.id === invX.id);
      expect(it, `${invX.id} is not in ${U2}'s received list`);
      if (it) {
        expect(it.direction === 'received', `direction ${it.direction} for the invitee`);
        expect(it.person.id === me.id, `person ${it.person.id}, expected the sender ${me.id}`);
      }
    },
  });
  await call(`GET /notifications as ${U2} (invitation_received)`, {
    path: '/notifications', token: tok2, status: 200,
    check: (res, expect) => {
      const n = res.json.items.find((x) => x.invitation_id === invX.id);
      expect(n && n.kind === 'invitation_received' && n.person.id === me.id, `no invitation_received notification for ${invX.id}`);
    },
  });
  const s2b = await syncAll(`GET /sync as ${U2} after the invitation`, tok2, since2, 1000);
  note(`${U2}'s sync carries the new invitation`, s2b.changes.some((c) => c.op === 'upsert' && c.invitation.id === invX.id && c.invitation.direction === 'received'),
    `no upsert of ${invX.id} in ${JSON.stringify(s2b.changes).slice(0, 300)}`);
  await call(`POST /invitations/{id}/withdraw of ${U}'s invitation as ${U2}`, {
    method: 'POST', path: `/invitations/${invX.id}/withdraw`, token: tok2, idem: key(), status: 404, code: 'not_found',
  });
  await call(`POST /invitations/{id}/accept of ${U2}'s invitation as the sender ${U}`, {
    method: 'POST', path: `/invitations/${invX.id}/accept`, token: tok, idem: key(), status: 404, code: 'not_found',
  });
  await call(`POST /invitations/{id}/withdraw of the invitation to ${U2}`, {
    method: 'POST', path: `/invitations/${invX.id}/withdraw`, token: tok, idem: key(), status: 200,
    check: (res, expect) => expect(res.json.state === 'withdrawn', `state ${res.json.state}`),
  });
  await call(`GET /invitations?state=all as ${U2} after the withdrawal`, {
    path: '/invitations', query: { state: 'all', limit: '500' }, token: tok2, status: 200,
    check: (res, expect) => expect(!res.json.items.some((i) => i.id === invX.id), `${invX.id} is still visible to the invitee`),
  });
  await call(`GET /notifications as ${U2} after the withdrawal`, {
    path: '/notifications', query: { limit: '200' }, token: tok2, status: 200,
    check: (res, expect) => expect(!res.json.items.some((n) => n.invitation_id === invX.id), `the notification for ${invX.id} is still in the invitee's feed`),
  });
  const s2c = await syncAll(`GET /sync as ${U2} after the withdrawal`, tok2, s2b.next, 1000);
  note(`${U2}'s sync removes the withdrawn invitation`, s2c.changes.some((c) => c.op === 'remove' && c.id === invX.id) &&
    !s2c.changes.some((c) => c.op === 'upsert' && c.invitation.id === invX.id),
  `changes: ${JSON.stringify(s2c.changes).slice(0, 300)}`);
  const fromU2 = await call(`POST /invitations from ${U2} to ${U}`, {
    method: 'POST', path: '/invitations', token: tok2, idem: key(), body: { invitee_id: me.id }, status: 201,
    check: (res, expect) => expect(res.json.message === null, `message ${JSON.stringify(res.json.message)} without a note, expected null`),
  });
  need(fromU2.status === 201, `${U2} cannot invite ${U}`);
  await call(`POST /invitations/{id}/accept of ${U2}'s invitation`, {
    method: 'POST', path: `/invitations/${fromU2.json.id}/accept`, token: tok, idem: key(), status: 200,
  });
  await call(`GET /notifications as ${U2} (invitation_accepted)`, {
    path: '/notifications', token: tok2, status: 200,
    check: (res, expect) => {
      const n = res.json.items.find((x) => x.invitation_id === fromU2.json.id);
      expect(n && n.kind === 'invitation_accepted' && n.person.id === me.id, `no invitation_accepted notification for ${fromU2.json.id}`);
    },
  });
  await call(`POST /invitations to ${U2} after connecting`, {
    method: 'POST', path: '/invitations', token: tok, idem: key(), body: { invitee_id: me2.id }, status: 409, code: 'already_connected',
  });
}

// ---------------------------------------------------------------------------------------
async function groupRateLimit() {
  // The bucket refills while requests are in flight, so every probe repeats its request
  // (each one contract-checked) until the 429 shows up, and judges that very answer.
  const tok = await login(opt.user, opt.password);
  const until429 = async (label, r, okStatus, max = 25) => {
    for (let i = 1; i <= max; i++) {
      const res = await call(`${label} #${i}`, {
        ...(typeof r === 'function' ? r() : r),
        check: (res, expect) => {
          if (res.status === 429) {
            expect(/^application\/problem\+json\b/i.test(res.headers.get('content-type') || ''), 'Content-Type is not application/problem+json');
            expect(res.json?.code === 'rate_limited', `code ${JSON.stringify(res.json?.code)}, expected "rate_limited"`);
            expect(res.json?.type === PROBLEM_PREFIX + 'rate_limited' && res.json?.status === 429, 'type/status of the problem');
            const ra = res.headers.get('retry-after');
            expect(ra !== null && /^\d+$/.test(ra) && Number(ra) >= 1, `Retry-After: expected a positive integer, got ${JSON.stringify(ra)}`);
          } else {
            expect(res.status === okStatus, `status ${res.status}, expected ${okStatus} or 429`);
          }
        },
      });
      if (res.status === 429) return Number(res.headers.get('retry-after'));
      if (res.status !== okStatus) return undefined;
    }
    note(`${label} is rate limited`, false, `no 429 after ${max} requests`);
    return undefined;
  };
  const wait = await until429('GET /me (per-token limit)', { path: '/me', token: tok }, 200);
  await until429('POST /invitations (per-token limit)', () => ({
    method: 'POST', path: '/invitations', token: tok, idem: key(), body: { invitee_id: 'per_00' },
  }), 404);
  await until429('GET /sync (per-token limit)', { path: '/sync', token: tok }, 200);
  // Unauthenticated requests: limited per client address.
  // A new name each time: wrong passwords for one name are delayed on their own
  // (too_many_failed_sign_ins, group main), which must not be what answers here.
  const wait2 = await until429('POST /auth/token wrong password (per-address limit)', () => ({
    method: 'POST', path: '/auth/token', body: { username: 'nobody-' + key(), password: 'wrong-password' },
  }), 401);
  const longest = Math.max(wait || 0, wait2 || 0);
  if (longest >= 1 && longest <= 5) {
    await new Promise((res) => setTimeout(res, longest * 1000 + 250));
    await call(`GET /me after waiting Retry-After (${longest} s)`, { path: '/me', token: tok, status: 200 });
  } else {
    note('Retry-After is short enough to wait out', false, `Retry-After ${longest} with --rate-limit 1`);
  }
}

// ---------------------------------------------------------------------------------------
async function groupWeekly() {
  const tok = await login(opt.user, opt.password);
  const me = (await call('GET /me', {
    path: '/me', token: tok, status: 200,
    check: (res, expect) => {
      expect(res.json.weekly_invites_limit === WEEKLY_LIMIT, `weekly_invites_limit ${res.json.weekly_invites_limit}, expected ${WEEKLY_LIMIT}`);
      expectRules(res, expect);
    },
  })).json;
  need(me, 'GET /me failed');
  const sugg = await call('GET /people/suggestions?limit=100', { path: '/people/suggestions', query: { limit: '100' }, token: tok, status: 200 });
  need(sugg.status === 200, 'suggestions failed');
  const people = sugg.json.items.filter((s) => s.reinvite_available_at === null).map((s) => s.person);
  const left = Math.max(0, me.weekly_invites_limit - me.weekly_invites_used);
  need(people.length > left, `need ${left + 1} people to invite, have ${people.length}`);
  for (let i = 0; i < left; i++) {
    await call(`POST /invitations ${i + 1}/${left} within the weekly limit`, {
      method: 'POST', path: '/invitations', token: tok, idem: key(), body: { invitee_id: people[i].id }, status: 201,
      check: (res, expect) => expect(ms(res.json.expires_at) - ms(res.json.sent_at) === EXPIRY_MS,
        `expires_at ${res.json.expires_at} is not sent_at ${res.json.sent_at} + ${RULES.expiry_days} days`),
    });
  }
  const t0 = Date.now();
  const kw = key();
  const wbody = { invitee_id: people[left].id, message: 'one too many' };
  const overCheck = {
    method: 'POST', path: '/invitations', token: tok, idem: kw, body: wbody, status: 429, code: 'weekly_limit_reached',
    check: (res, expect) => {
      expect(res.json.limit === WEEKLY_LIMIT, `limit ${res.json.limit}, expected ${WEEKLY_LIMIT}`);
      const at = res.json.available_at;
      expect(isTs(at), `available_at ${at} is not a timestamp`);
      expect(ms(at) > t0 - minutes(1) && ms(at) <= t0 + 7 * 86400_000 + minutes(1), `available_at ${at} is not within the next 7 days`);
    },
  };
  await call('POST /invitations over the weekly limit', overCheck);
  // 429 answers are not stored: the same key is evaluated again (no Idempotent-Replayed).
  await call('POST /invitations over the weekly limit, same key again (not replayed)', overCheck);
  await call('GET /me after reaching the weekly limit', {
    path: '/me', token: tok, status: 200,
    check: (res, expect) => expect(res.json.weekly_invites_used === res.json.weekly_invites_limit, `weekly_invites_used ${res.json.weekly_invites_used}, limit ${res.json.weekly_invites_limit}`),
  });
}

// ---------------------------------------------------------------------------------------
const groups = { main: groupMain, ratelimit: groupRateLimit, weekly: groupWeekly };
const fn = groups[opt.group];
if (!fn) {
  console.error(`drive-contract: unknown group ${opt.group}`);
  process.exit(2);
}
try {
  await fn();
} catch (e) {
  failed++;
  const s = e instanceof Abort ? `ABORT ${opt.group}: ${e.message}` : `ABORT ${opt.group}: driver error ${e.stack || e}`;
  failures.push(s);
  console.log(s);
}
console.log(`\ncontract group ${opt.group}: ${passed} passed, ${failed} failed`);
if (failed > 0) {
  console.log(`failures in group ${opt.group} (details above):\n${failures.map((f) => '  ' + f.split('\n')[0]).join('\n')}`);
}
process.exit(failed > 0 ? 1 : 0);
