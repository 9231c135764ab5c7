// Sandbox EHR: fires our CDS hooks from the browser and renders the cards the way an EHR would.
// Server side (/sandbox/api/*) builds the hook request and signs the client JWT; this page sends it.
(function () {
  'use strict';

  const $ = (sel) => document.querySelector(sel);
  const state = { lastRequest: null, serviceId: null };

  // ---- safe markdown: escape everything first, then a small whitelist of inline/block forms ----
  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function inline(escaped) {
    return escaped
      .replace(/`([^`]+)`/g, '<code>$1</code>')
      .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\(((?:https?:\/\/|\/)[^\s)]*)\)/g,
        (m, label, url) => `<a href="${url}" target="_blank" rel="noopener noreferrer">${label}</a>`);
  }

  function splitRow(line) {
    let row = line.trim();
    if (row.startsWith('|')) row = row.slice(1);
    if (row.endsWith('|')) row = row.slice(0, -1);
    return row.split('|').map((cell) => cell.trim());
  }

  function renderMarkdown(markdown) {
    // Backslash escapes (\# \[ \| ...) become placeholders first, so they are neither markup nor cell breaks.
    const escapes = [];
    const source = String(markdown || '').replace(/[\u0001\u0002]/g, '')
      .replace(/\\([!-/:-@[-`{-~])/g, (m, ch) => { escapes.push(escapeHtml(ch)); return `\u0001${escapes.length - 1}\u0002`; });
    const lines = escapeHtml(source).split(/\r?\n/);
    const out = [];
    let list = null;
    let para = [];
    const flushPara = () => { if (para.length) { out.push(`<p>${inline(para.join(' '))}</p>`); para = []; } };
    const flushList = () => { if (list) { out.push(`<${list.tag}>${list.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${list.tag}>`); list = null; } };
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n].trimEnd();
      let m;
      if (!line.trim()) { flushPara(); flushList(); continue; }
      if (line.trim().startsWith('|') && n + 1 < lines.length && /^\s*\|?\s*:?-{3,}/.test(lines[n + 1])) {
        flushPara(); flushList();
        const head = splitRow(line);
        const rows = [];
        n += 2;
        while (n < lines.length && lines[n].trim().startsWith('|')) { rows.push(splitRow(lines[n])); n++; }
        n--;
        out.push('<table class="md"><thead><tr>' + head.map((c) => `<th>${inline(c)}</th>`).join('')
          + '</tr></thead><tbody>' + rows.map((r) => '<tr>' + r.map((c) => `<td>${inline(c)}</td>`).join('')
          + '</tr>').join('') + '</tbody></table>');
      } else if ((m = /^(#{1,4})\s+(.*)$/.exec(line))) {
        flushPara(); flushList();
        const level = Math.min(6, m[1].length + 3);
        out.push(`<h${level}>${inline(m[2])}</h${level}>`);
      } else if ((m = /^\s*[-*]\s+(.*)$/.exec(line)) || (m = /^\s*\d+[.)]\s+(.*)$/.exec(line))) {
        flushPara();
        const tag = /^\s*\d/.test(line) ? 'ol' : 'ul';
        if (!list || list.tag !== tag) { flushList(); list = { tag, items: [] }; }
        list.items.push(m[1]);
      } else if ((m = /^&gt;\s?(.*)$/.exec(line))) {
        flushPara(); flushList();
        out.push(`<blockquote>${inline(m[1])}</blockquote>`);
      } else {
        flushList();
        para.push(line.trim());
      }
    }
    flushPara(); flushList();
    return out.join('').replace(/\u0001(\d+)\u0002/g, (m, i) => escapes[Number(i)] || '');
  }

  // ---- HTTP helpers ----
  async function postJson(url, body, token) {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    const resp = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    const text = await resp.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    return { status: resp.status, ok: resp.ok, json, text };
  }

  function setStatus(text, isError) {
    const el = $('#status');
    el.textContent = text;
    el.classList.toggle('error', Boolean(isError));
  }

  function selectedEncounter() {
    const sel = $('#encounter');
    return sel ? sel.value : '';
  }

  function withPrefetch() {
    const checked = document.querySelector('input[name="prefetch"]:checked');
    return !checked || checked.value === '1';
  }

  // ---- claim rendering ----
  function claimFromSuggestion(suggestion) {
    for (const action of suggestion.actions || []) {
      const res = action.resource;
      if (action.type === 'create' && res && res.resourceType === 'Claim') return res;
    }
    return null;
  }

  function renderClaim(claim) {
    const box = $('#claim');
    const body = $('#claim-lines tbody');
    body.textContent = '';
    const dxBySeq = {};
    for (const dx of claim.diagnosis || []) {
      const coding = ((dx.diagnosisCodeableConcept || {}).coding || [])[0] || {};
      dxBySeq[dx.sequence] = coding.code || '';
    }
    for (const item of claim.item || []) {
      const tr = document.createElement('tr');
      tr.className = 'claim-line';
      const code = (((item.productOrService || {}).coding || [])[0] || {}).code || '';
      const mods = (item.modifier || []).map((m) => ((m.coding || [])[0] || {}).code || m.text || '').join(', ');
      const units = item.quantity && item.quantity.value !== undefined ? item.quantity.value : 1;
      const dx = (item.diagnosisSequence || []).map((s) => dxBySeq[s] || `#${s}`).join(', ');
      for (const value of [item.sequence, code, mods, units, dx]) {
        const td = document.createElement('td');
        td.textContent = value === undefined ? '' : String(value);
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    $('#claim-dx').textContent = `Claim ${claim.status || 'draft'} · ${(claim.item || []).length} line(s) · `
      + `${(claim.diagnosis || []).length} diagnosis code(s)`;
    box.hidden = false;
  }

  // ---- feedback ----
  async function sendFeedback(entry) {
    const tok = await postJson('/sandbox/api/feedback-token', { service: state.serviceId });
    if (!tok.ok) throw new Error(`feedback token: HTTP ${tok.status}`);
    const body = { feedback: [Object.assign({ outcomeTimestamp: new Date().toISOString() }, entry)] };
    const resp = await postJson(tok.json.url, body, tok.json.token);
    $('#feedback-json').textContent = `POST ${tok.json.url} → ${resp.status}\n${JSON.stringify(body, null, 2)}`;
    return resp;
  }

  // ---- cards ----
  function launchUrl(link) {
    if (link.type !== 'smart' || !state.lastRequest) return link.url;
    const url = new URL(link.url, window.location.href);
    url.searchParams.set('iss', state.lastRequest.fhirServer);
    // The launch value carries the card's appContext (sandbox auth server: cds_hooks/sandbox_auth.py).
    url.searchParams.set('launch', link.appContext
      ? `sbx.${btoa(link.appContext).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`
      : `sandbox-${Math.random().toString(36).slice(2, 10)}`);
    return url.toString();
  }

  function renderCard(card) {
    const el = document.createElement('article');
    const indicator = ['info', 'warning', 'critical'].includes(card.indicator) ? card.indicator : 'info';
    el.className = `card indicator-${indicator}`;
    el.dataset.uuid = card.uuid || '';
    const head = document.createElement('div');
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = indicator;
    const summary = document.createElement('span');
    summary.className = 'summary';
    summary.textContent = card.summary || '';
    head.append(badge, summary);
    el.appendChild(head);

    const source = card.source || {};
    const src = document.createElement('div');
    src.className = 'source';
    const topic = source.topic ? ` · ${source.topic.display || source.topic.code}` : '';
    src.textContent = `${source.label || ''}${topic}`;
    if (source.topic && source.topic.code) src.dataset.topic = source.topic.code;
    el.appendChild(src);

    if (card.detail) {
      const detail = document.createElement('div');
      detail.className = 'detail';
      detail.innerHTML = renderMarkdown(card.detail); // escaped first, then whitelisted markup only
      el.appendChild(detail);
    }

    const actions = document.createElement('div');
    actions.className = 'actions';
    const result = document.createElement('div');
    for (const suggestion of card.suggestions || []) {
      const btn = document.createElement('button');
      btn.type = 'button';
      btn.className = `accept${suggestion.isRecommended ? ' primary' : ''}`;
      btn.textContent = `Accept: ${suggestion.label || 'suggestion'}`;
      btn.addEventListener('click', async () => {
        btn.disabled = true;
        try {
          const resp = await sendFeedback({ card: card.uuid, outcome: 'accepted',
            acceptedSuggestions: [{ id: suggestion.uuid }] });
          const claim = claimFromSuggestion(suggestion);
          if (claim) renderClaim(claim);
          result.className = 'accepted';
          result.textContent = resp.ok ? 'Accepted — feedback recorded' : `Accepted (feedback HTTP ${resp.status})`;
          el.classList.add('is-accepted');
          for (const other of actions.querySelectorAll('button, select')) other.disabled = true;
        } catch (err) {
          result.className = 'error';
          result.textContent = String(err.message || err);
          btn.disabled = false;
        }
      });
      actions.appendChild(btn);
    }
    if ((card.overrideReasons || []).length || (card.suggestions || []).length) {
      const select = document.createElement('select');
      select.className = 'override-reason';
      for (const reason of card.overrideReasons || []) {
        const opt = document.createElement('option');
        opt.value = JSON.stringify(reason);
        opt.textContent = reason.display || reason.code;
        select.appendChild(opt);
      }
      const dismiss = document.createElement('button');
      dismiss.type = 'button';
      dismiss.className = 'dismiss';
      dismiss.textContent = 'Dismiss';
      dismiss.addEventListener('click', async () => {
        dismiss.disabled = true;
        const entry = { card: card.uuid, outcome: 'overridden' };
        if (select.value) entry.overrideReason = { reason: JSON.parse(select.value) };
        const resp = await sendFeedback(entry);
        result.className = 'overridden';
        result.textContent = `Dismissed (feedback HTTP ${resp.status})`;
        for (const other of actions.querySelectorAll('button, select')) other.disabled = true;
      });
      if (select.options.length) actions.appendChild(select);
      actions.appendChild(dismiss);
    }
    for (const link of card.links || []) {
      const a = document.createElement('a');
      a.className = `link link-${link.type}`;
      a.href = launchUrl(link);
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = link.type === 'smart' ? `Launch: ${link.label}` : link.label;
      actions.appendChild(a);
    }
    el.appendChild(actions);
    el.appendChild(result);
    return el;
  }

  function renderResponse(json) {
    const box = $('#cards');
    box.textContent = '';
    const cards = (json && json.cards) || [];
    if (!cards.length) {
      const p = document.createElement('p');
      p.className = 'empty';
      p.textContent = 'No advice (200, empty cards).';
      box.appendChild(p);
    }
    for (const card of cards) box.appendChild(renderCard(card));
    const system = (json && json.systemActions) || [];
    if (system.length) {
      const p = document.createElement('p');
      p.className = 'muted';
      p.textContent = `${system.length} system action(s) returned (see Response).`;
      box.appendChild(p);
    }
  }

  async function fire(serviceId) {
    state.serviceId = serviceId;
    $('#claim').hidden = true;
    setStatus('building request…');
    const built = await postJson('/sandbox/api/request',
      { service: serviceId, encounter: selectedEncounter(), prefetch: withPrefetch() });
    if (!built.ok) { setStatus(`sandbox error: HTTP ${built.status}`, true); return; }
    state.lastRequest = built.json.request;
    $('#request-json').textContent = `POST ${built.json.url}\n${JSON.stringify(built.json.request, null, 2)}`;
    setStatus('calling service…');
    const t0 = performance.now();
    const resp = await postJson(built.json.url, built.json.request, built.json.token);
    const ms = Math.round(performance.now() - t0);
    $('#response-json').textContent = `HTTP ${resp.status} in ${ms} ms\n${resp.json ? JSON.stringify(resp.json, null, 2) : resp.text}`;
    if (!resp.ok) {
      setStatus(`service answered HTTP ${resp.status}`, true);
      $('#cards').textContent = '';
      return;
    }
    renderResponse(resp.json);
    setStatus(`${serviceId}: ${(resp.json.cards || []).length} card(s), HTTP ${resp.status}, ${ms} ms`);
  }

  function describeEncounter() {
    const sel = $('#encounter');
    if (!sel) return;
    const opt = sel.selectedOptions[0];
    $('#encounter-meta').textContent = opt ? `Patient/${opt.dataset.patient} · Encounter/${opt.dataset.encounter}` : '';
  }

  document.addEventListener('DOMContentLoaded', () => {
    for (const btn of document.querySelectorAll('button.fire')) {
      btn.addEventListener('click', async () => {
        for (const b of document.querySelectorAll('button.fire')) b.disabled = true;
        try { await fire(btn.dataset.service); } catch (err) { setStatus(String(err.message || err), true); }
        for (const b of document.querySelectorAll('button.fire')) b.disabled = false;
      });
    }
    const sel = $('#encounter');
    if (sel) sel.addEventListener('change', describeEncounter);
    describeEncounter();
  });

  window.dermplugSandbox = { renderMarkdown, renderCard };
})();
