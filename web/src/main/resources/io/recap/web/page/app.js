// recap's page. It reads its whole state from the URL (/?q=kubernetes&service=eks&page=2, /?event=ID), asks the
// server's JSON API (/api/search, /api/event/ID, /api/stats) and builds the page from text nodes only: report
// text is untrusted, and nothing of it is ever parsed as HTML (no innerHTML anywhere), so a title such as
// <img src=x onerror=alert(1)> shows as that text. The Content-Security-Policy allows no inline script either.
'use strict';

(function () {
  const DEBOUNCE_MS = 200;
  const SERVICES_SHOWN = 12;
  // the topics the most matching sessions are about: the facet is a pointer, 'recap topics' lists them all
  const TOPICS_SHOWN = 10;
  const $ = (id) => document.getElementById(id);

  // --- state <-> URL ---------------------------------------------------------------------------------------
  const SINGLE = ['q', 'topic', 'year', 'lang', 'since', 'until', 'page', 'event'];

  function readState() {
    const p = new URLSearchParams(location.search);
    const s = { service: p.getAll('service').filter((v) => v.trim() !== '') };
    for (const k of SINGLE) {
      s[k] = (p.get(k) || '').trim();
    }
    return s;
  }

  function query(state, keys) {
    const p = new URLSearchParams();
    for (const k of keys) {
      if (k === 'service') {
        state.service.forEach((v) => p.append('service', v));
      } else if (state[k] && !(k === 'page' && state[k] === '1')) {
        p.set(k, state[k]);
      }
    }
    return p.toString();
  }

  const URL_KEYS = ['q', 'service', 'topic', 'year', 'lang', 'since', 'until', 'page', 'event'];
  const SEARCH_KEYS = ['q', 'service', 'topic', 'year', 'lang', 'since', 'until', 'page'];

  function href(state) {
    const q = query(state, URL_KEYS);
    return q ? '/?' + q : '/';
  }

  function withChanges(state, changes) {
    return Object.assign({}, state, { service: state.service.slice() }, changes);
  }

  // Every navigation goes through here: the URL changes first, then the page follows it. Consecutive keystrokes
  // of one search replace each other's history entry, so the back button goes to the previous search, not the
  // previous letter.
  function navigate(state, how) {
    const url = href(state);
    const kind = (how && how.kind) || 'click';
    const current = history.state || {};
    if (url !== location.pathname + location.search) {
      if (kind === 'typing' && current.kind === 'typing') {
        history.replaceState({ kind: kind }, '', url);
      } else {
        history.pushState({ kind: kind, from: location.pathname + location.search }, '', url);
      }
    }
    render();
  }

  // --- DOM helpers: text only ------------------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) {
        continue;
      }
      if (k === 'class') {
        e.className = v;
      } else if (k === 'text') {
        e.textContent = v;
      } else {
        e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) {
        continue;
      }
      e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return e;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function number(n) {
    return Number(n).toLocaleString('en-US');
  }

  function plural(n, word) {
    return number(n) + ' ' + word + (Number(n) === 1 ? '' : 's');
  }

  // A snippet with its matches in <mark>: from the match offsets when the server gives them ("marks": [[start,
  // end], …] into "snippet"), else from the «…» marks around them.
  function snippetNodes(hit) {
    const text = hit.snippet || '';
    const out = [];
    if (Array.isArray(hit.marks)) {
      let at = 0;
      for (const [start, end] of hit.marks) {
        if (start < at || end > text.length || start >= end) {
          continue;
        }
        out.push(document.createTextNode(text.slice(at, start)));
        out.push(el('mark', {}, text.slice(start, end)));
        at = end;
      }
      out.push(document.createTextNode(text.slice(at)));
      return out;
    }
    const re = /«([^«»]*)»/g;
    let at = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      out.push(document.createTextNode(text.slice(at, m.index)));
      out.push(el('mark', {}, m[1]));
      at = m.index + m[0].length;
    }
    out.push(document.createTextNode(text.slice(at)));
    return out;
  }

  function serviceName(s) {
    return s.abbreviation || s.name || s.id;
  }

  // --- talking to the server -------------------------------------------------------------------------------
  let inFlight = null;

  async function getJson(url) {
    if (inFlight) {
      inFlight.abort();
    }
    const controller = new AbortController();
    inFlight = controller;
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (inFlight === controller) {
      inFlight = null;
    }
    if (!response.ok) {
      const error = new Error((body && body.error) || 'the server answered ' + response.status);
      error.status = response.status;
      error.parameter = body && body.parameter;
      throw error;
    }
    return body;
  }

  // --- results ---------------------------------------------------------------------------------------------
  let servicesExpanded = false;

  async function showResults(state) {
    $('event-view').hidden = true;
    $('results-view').hidden = false;
    const input = $('q');
    if (document.activeElement !== input && input.value !== state.q) {
      input.value = state.q;
    }
    $('since').value = state.since;
    $('until').value = state.until;
    document.title = state.q ? state.q + ' — recap' : 'recap';
    renderChips(state);
    const results = $('results');
    results.setAttribute('aria-busy', 'true');
    let r;
    try {
      r = await getJson('/api/search?' + query(state, SEARCH_KEYS));
    } catch (e) {
      if (e.name === 'AbortError') {
        return;
      }
      showError(e);
      results.removeAttribute('aria-busy');
      return;
    }
    hideError();
    results.removeAttribute('aria-busy');
    renderHits(state, r);
    renderFacets(state, r.facets);
  }

  function showError(e) {
    const box = $('error');
    box.textContent = e.parameter ? e.parameter + ': ' + e.message : e.message;
    box.hidden = false;
    $('q').setAttribute('aria-invalid', e.parameter === 'q' ? 'true' : 'false');
    clear($('hits'));
    $('summary').textContent = '';
    $('pager').hidden = true;
  }

  function hideError() {
    $('error').hidden = true;
    $('q').setAttribute('aria-invalid', 'false');
  }

  function pageOf(state) {
    const n = parseInt(state.page || '1', 10);
    return Number.isFinite(n) && n > 0 ? n : 1;
  }

  function renderHits(state, r) {
    const hits = $('hits');
    clear(hits);
    const page = pageOf(state);
    const size = 10;
    const first = (page - 1) * size + 1;
    const last = first + r.hits.length - 1;
    let summary;
    if (r.total === 0) {
      summary = 'No sessions found.';
    } else if (r.hits.length === 0) {
      summary = 'No sessions on page ' + page + ' of ' + plural(r.total, 'session') + '.';
    } else {
      summary = (r.total > r.hits.length ? number(first) + '–' + number(last) + ' of ' : '') + plural(r.total, 'session')
        + (state.q ? ' for “' + state.q + '”' : '') + (state.q ? '' : ', newest first');
    }
    if (r.fuzzy) {
      summary += ' Nothing matched as typed; these have similar words.';
    }
    $('summary').textContent = summary;
    for (const h of r.hits) {
      const eventState = withChanges(state, { event: h.event.id });
      const link = el('a', { class: 'hit-title', href: href(eventState), 'data-event': h.event.id },
        h.session.title || '(untitled session)');
      const meta = el('div', { class: 'hit-meta' },
        el('span', { class: 'hit-event' }, h.event.title || '(untitled event)'),
        h.event.date ? ' · ' : null, h.event.date ? el('time', { datetime: h.event.date }, h.event.date) : null,
        ' · session ' + h.session.number, h.session.part ? ' · ' + h.session.part : null);
      const snippet = h.snippet ? el('p', { class: 'snippet' }, ...snippetNodes(h)) : null;
      const tags = h.services.length ? el('ul', { class: 'tags', 'aria-label': 'Services' },
        ...h.services.map((s) => el('li', { title: s.name }, serviceName(s)))) : null;
      hits.append(el('li', { class: 'hit' }, link, meta, snippet, tags));
    }
    const pages = Math.ceil(r.total / size);
    const pager = $('pager');
    pager.hidden = pages <= 1;
    const prev = $('prev');
    const next = $('next');
    prev.href = href(withChanges(state, { page: String(Math.max(1, page - 1)) }));
    next.href = href(withChanges(state, { page: String(page + 1) }));
    prev.setAttribute('aria-disabled', String(page <= 1));
    next.setAttribute('aria-disabled', String(page >= pages));
    $('page-info').textContent = 'Page ' + number(page) + ' of ' + number(Math.max(pages, 1));
  }

  // The parameter a facet sets, and the values the server takes for it (an "unknown" bucket is shown, not
  // clickable).
  const FACETS = [
    { key: 'services', param: 'service', box: 'facet-services', accepts: () => true },
    { key: 'topics', param: 'topic', box: 'facet-topics', accepts: () => true, shown: TOPICS_SHOWN },
    { key: 'years', param: 'year', box: 'facet-years', accepts: (v) => /^[0-9]{4}$/.test(v) },
    { key: 'languages', param: 'lang', box: 'facet-languages', accepts: (v) => /^[a-z]{2}$/.test(v) },
  ];

  function isActive(state, param, value) {
    return param === 'service' ? state.service.some((s) => s.toLowerCase() === value.toLowerCase())
      : state[param] === value;
  }

  function toggle(state, param, value) {
    if (param === 'service') {
      const services = isActive(state, param, value)
        ? state.service.filter((s) => s.toLowerCase() !== value.toLowerCase())
        : state.service.concat([value]);
      return withChanges(state, { service: services, page: '' });
    }
    return withChanges(state, { [param]: state[param] === value ? '' : value, page: '' });
  }

  function renderFacets(state, facets) {
    for (const f of FACETS) {
      const box = $(f.box);
      const list = box.querySelector('.facet-list');
      clear(list);
      let counts = (facets && facets[f.key]) || [];
      const more = box.querySelector('.more');
      if (more) {
        more.hidden = counts.length <= SERVICES_SHOWN;
        more.textContent = servicesExpanded ? 'Show fewer' : 'Show all ' + counts.length;
        more.setAttribute('aria-expanded', String(servicesExpanded));
        if (!servicesExpanded) {
          counts = counts.slice(0, SERVICES_SHOWN);
        }
      }
      if (f.shown) {
        counts = counts.slice(0, f.shown);
      }
      for (const c of counts) {
        if (!f.accepts(c.value)) {
          list.append(el('li', {}, el('span', { class: 'inert' }, el('span', {}, c.label), el('span', { class: 'count' }, number(c.count)))));
          continue;
        }
        const button = el('button', {
          type: 'button', 'aria-pressed': String(isActive(state, f.param, c.value)),
          'data-param': f.param, 'data-value': c.value,
        }, el('span', { class: 'label' }, c.label), el('span', { class: 'count' }, number(c.count)));
        list.append(el('li', {}, button));
      }
      box.hidden = counts.length === 0 && !(f.param !== 'service' && state[f.param]);
    }
  }

  function renderChips(state) {
    const chips = $('chips');
    clear(chips);
    const add = (label, changes) => {
      chips.append(el('button', { type: 'button', class: 'chip', 'data-href': href(withChanges(state, Object.assign({ page: '' }, changes))),
        'aria-label': 'Remove filter ' + label }, el('span', {}, label), el('span', { class: 'x', 'aria-hidden': 'true' }, '×')));
    };
    for (const s of state.service) {
      add('service: ' + s, { service: state.service.filter((x) => x !== s) });
    }
    if (state.topic) {
      add('topic: ' + state.topic, { topic: '' });
    }
    if (state.year) {
      add('year: ' + state.year, { year: '' });
    }
    if (state.lang) {
      add('language: ' + state.lang, { lang: '' });
    }
    if (state.since) {
      add('from ' + state.since, { since: '' });
    }
    if (state.until) {
      add('to ' + state.until, { until: '' });
    }
  }

  // --- one event -------------------------------------------------------------------------------------------
  function time(start, end) {
    if (!start) {
      return null;
    }
    return end ? start + '–' + end : start;
  }

  function fact(list, label, value) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
      return;
    }
    list.append(el('dt', {}, label), el('dd', {}, Array.isArray(value) ? value.join(', ') : String(value)));
  }

  function person(s) {
    return [s.name, s.role, s.organization].filter((x) => x).join(', ');
  }

  async function showEvent(state) {
    const view = $('event-view');
    $('results-view').hidden = true;
    view.hidden = false;
    clear(view);
    const back = el('a', { class: 'back', href: href(withChanges(state, { event: '' })), 'data-back': 'true' }, '← Results');
    view.append(back);
    let r;
    try {
      r = await getJson('/api/event/' + encodeURIComponent(state.event));
    } catch (e) {
      if (e.name === 'AbortError') {
        return;
      }
      view.append(el('p', { class: 'error', role: 'alert' }, e.message));
      return;
    }
    const title = r.title || r.pageTitle || r.source.path;
    document.title = title + ' — recap';
    if (r.language) {
      view.setAttribute('lang', r.language);
    } else {
      view.removeAttribute('lang');
    }
    view.append(el('h1', { id: 'event-title' }, title));
    const facts = el('dl', { class: 'facts' });
    let date = r.date ? r.date + (r.endDate ? ' – ' + r.endDate : '') : null;
    const hours = time(r.startTime, r.endTime);
    if (date && hours) {
      date += ', ' + hours;
    }
    fact(facts, 'Date', date);
    fact(facts, 'Location', r.location);
    fact(facts, 'Language', r.language);
    fact(facts, 'Page', r.pageTitle && r.pageTitle !== title ? r.pageTitle : null);
    fact(facts, 'Audience', r.audience);
    fact(facts, 'Format', r.format);
    fact(facts, 'Organizers', r.organizers);
    view.append(facts);
    // an event of a page that recaps several has the source path "page.md#2": the link names the page's file
    const file = r.source.path.replace(/#[0-9]+$/, '');
    view.append(el('p', { class: 'source' }, 'Source: ',
      el('a', { href: '/api/source?path=' + encodeURIComponent(r.source.path), id: 'source-link' }, file),
      file === r.source.path ? null : ' (event ' + r.source.path.slice(file.length + 1) + ' of the page)'));

    if (r.speakers && r.speakers.length) {
      view.append(el('h2', {}, 'Speakers'),
        el('ul', { class: 'speakers' }, ...r.speakers.map((s) => el('li', {}, person(s)))));
    }
    if (r.sessions && r.sessions.length) {
      const list = el('ol', { class: 'sessions' });
      for (const s of r.sessions) {
        const meta = [s.part, time(s.startTime, s.endTime)].filter((x) => x).join(' · ');
        list.append(el('li', { class: 'session', id: 'session-' + s.number },
          el('div', { class: 'session-title' }, s.number + '. ' + (s.title || '(untitled)')),
          meta ? el('div', { class: 'session-meta' }, meta) : null,
          s.speakers && s.speakers.length ? el('div', { class: 'session-meta' }, 'Speakers: ' + s.speakers.map(person).join('; ')) : null,
          s.services && s.services.length ? el('ul', { class: 'tags', 'aria-label': 'Services' },
            ...s.services.map((x) => el('li', { title: x.name }, serviceName(x)))) : null));
      }
      view.append(el('h2', {}, 'Sessions'), list);
    }
    if (r.services && r.services.length) {
      view.append(el('h2', {}, 'Services'), el('ul', { class: 'tags services' },
        ...r.services.map((c) => el('li', { title: c.name }, serviceName(c) + ' × ' + c.mentions))));
    }
    if (r.diagnostics && r.diagnostics.length) {
      view.append(el('h2', {}, 'Diagnostics'), el('ul', { class: 'diagnostics' },
        ...r.diagnostics.map((d) => el('li', {}, el('span', { class: 'severity-' + d.severity }, d.severity),
          ' line ' + d.line + ': ' + d.message + ' (' + d.code + ')'))));
    }
    view.focus({ preventScroll: true });
  }

  // --- wiring ----------------------------------------------------------------------------------------------
  function render() {
    const state = readState();
    if (state.event) {
      showEvent(state);
    } else {
      showResults(state);
    }
  }

  let typingTimer = null;

  function onType() {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const state = readState();
      const q = $('q').value.trim();
      if (q !== state.q || state.event) {
        navigate(withChanges(state, { q: q, page: '', event: '' }), { kind: 'typing' });
      }
    }, DEBOUNCE_MS);
  }

  function plainClick(e) {
    return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
  }

  function start() {
    $('q').addEventListener('input', onType);
    $('search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(typingTimer);
      navigate(withChanges(readState(), { q: $('q').value.trim(), page: '', event: '' }));
    });
    for (const id of ['since', 'until']) {
      $(id).addEventListener('change', (e) => navigate(withChanges(readState(), { [id]: e.target.value, page: '' })));
    }
    document.addEventListener('click', (e) => {
      const facet = e.target.closest('button[data-param]');
      if (facet) {
        navigate(toggle(readState(), facet.dataset.param, facet.dataset.value));
        return;
      }
      const chip = e.target.closest('button.chip');
      if (chip) {
        history.pushState({ kind: 'click' }, '', chip.dataset.href);
        render();
        return;
      }
      if (e.target.closest('button.more')) {
        servicesExpanded = !servicesExpanded;
        render();
        return;
      }
      const link = e.target.closest('a[href^="/"]');
      if (!link || !plainClick(e) || link.getAttribute('href').startsWith('/api/')) {
        return;
      }
      e.preventDefault();
      if (link.getAttribute('aria-disabled') === 'true') {
        return;
      }
      const target = link.getAttribute('href');
      // "← Results" goes back when the results are what came before, so the history does not grow a loop.
      if (link.dataset.back && history.state && history.state.from === target) {
        history.back();
        return;
      }
      history.pushState({ kind: 'click', from: location.pathname + location.search }, '', target);
      render();
      window.scrollTo(0, 0);
    });
    document.addEventListener('keydown', (e) => {
      const t = e.target;
      const typing = t && (t.isContentEditable || /^(input|textarea|select)$/i.test(t.tagName));
      if (e.key === '/' && !typing && !e.metaKey && !e.ctrlKey && !e.altKey) {
        e.preventDefault();
        $('q').focus();
        $('q').select();
      } else if (e.key === 'Escape' && t === $('q')) {
        $('q').blur();
      }
    });
    window.addEventListener('popstate', render);
    const wide = window.matchMedia('(min-width: 50.01rem)');
    const fold = () => { $('filters').open = wide.matches; };
    fold();
    wide.addEventListener('change', fold);
    $('event-view').setAttribute('tabindex', '-1');
    getJson('/api/stats').then((s) => {
      // what the page searches: the events (section index pages, lists of events, are none) and their sessions
      $('stats').textContent = plural(s.reports - (s.indexPages || 0), 'event') + ' · ' + plural(s.sessions, 'session');
    }).catch(() => {}).finally(render);
  }

  start();
}());
