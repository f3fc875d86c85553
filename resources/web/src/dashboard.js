// SPDX-FileCopyrightText: 2026 Dashwright contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// <dashwright-dashboard dashboard-id="…" server="https://…" token="…"|token-url="/…">: one dashboard of a
// `dashwright serve` server, drawn in the element's shadow DOM from the embed routes
// (docs/embed-server.md) for the viewer's token. docs/embed.md is the integrator's reference.
import { LitElement, html, nothing, noChange } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';

import { Chart, chartConfig, chartTypes } from './charts.js';
import { numberFormatter } from './format.js';
import { styles } from './styles.js';
import { backoffMs, fetchUrlToken, refreshDelayMs, tokenExpiry } from './token.js';

// Sets CSS properties through the CSSOM. Lit's styleMap writes a style="" attribute on first
// render, which a host page's CSP without style-src 'unsafe-inline' blocks; style.setProperty
// is not subject to it.
class CssProps extends Directive {
  render() {
    return noChange;
  }
  update(part, [props]) {
    for (const [name, value] of Object.entries(props)) part.element.style.setProperty(name, String(value));
    return noChange;
  }
}
const cssProps = directive(CssProps);

// The project theme's font (GET …/dashboards/{id} `theme.font`) as a font-family value. The server
// allows only letters, digits, spaces, hyphens and underscores; anything else (an older or a
// foreign server) is not used rather than trusted, as is system-ui, the stack below.
const systemFonts = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
function projectFont(theme) {
  const font = theme?.font;
  if (typeof font !== 'string' || font === 'system-ui' || !/^[A-Za-z0-9_-]+( [A-Za-z0-9_-]+)*$/.test(font)) return systemFonts;
  return `"${font}", ${systemFonts}`;
}

// A failed request, as the element reports it in dashwright-error.
class EmbedError extends Error {
  constructor(code, message, status = 0) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

const providerAttempts = 5;
const maxTimeout = 2 ** 31 - 1; // setTimeout's limit

// The state panel's text per state; the server's own message is shown beside it when it has one
// a viewer may see (403 and 401 messages name nothing of other tenants, by the server's contract).
const stateText = {
  loading: 'Loading…',
  denied: 'You do not have access to this dashboard.',
  expired: 'Your session has expired.',
  invalid: 'This dashboard could not be opened: the access token is not valid.',
  network: 'The dashboard server could not be reached.',
  error: 'The dashboard could not be loaded.',
};

export class DashwrightDashboard extends LitElement {
  static properties = {
    dashboardId: { type: String, attribute: 'dashboard-id' },
    server: { type: String },
    token: { type: String },
    tokenUrl: { type: String, attribute: 'token-url' },
    tokenProvider: { attribute: false },
    pageSize: { type: Number, attribute: 'page-size' },
    locale: { type: String },
    theme: { type: String, reflect: true },
    _state: { state: true },
    _message: { state: true },
    _layout: { state: true },
    _data: { state: true },
    _filterValues: { state: true },
    _pages: { state: true },
    _busy: { state: true },
  };

  static styles = styles;

  constructor() {
    super();
    this.dashboardId = '';
    this.server = '';
    this.token = '';
    this.tokenUrl = '';
    this.tokenProvider = null;
    this.pageSize = 25;
    this.locale = '';
    this.theme = undefined; // no attribute: the project's theme mode (light when it has none)
    this._state = 'idle';
    this._message = '';
    this._layout = null;
    this._data = new Map(); // widget id -> its entry of the data answer
    this._filterValues = {}; // filter id -> the value sent (a list for "? in ?")
    this._pages = new Map(); // table widget id -> offset
    this._busy = false;
    this._seq = 0; // answers of superseded loads are dropped
    this._providedToken = null;
    this._refreshing = null;
    this._refreshTimer = 0;
    this._urlProvider = null; // {url, provider}: one function per token-url, so a change is seen
    this._charts = new Map(); // widget id -> {chart, canvas, data}
  }

  // --- public API -----------------------------------------------------------------------------

  // Loads the layout and data again, keeping the viewer's filter values and table pages.
  reload() {
    return this._load(false);
  }

  // The current values of the viewer-editable filters, by filter id: the viewer's picks, else
  // the dashboard's initial values (null: all rows).
  get filterValues() {
    const out = {};
    for (const f of this._layout?.filters ?? []) out[f.id] = structuredClone(this._filterValue(f));
    return out;
  }

  // --- lifecycle ------------------------------------------------------------------------------

  connectedCallback() {
    super.connectedCallback();
    if (this._layout || this._state === 'loading') this._scheduleRefresh(this._activeToken());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this._refreshTimer);
    this._refreshTimer = 0;
    for (const { chart } of this._charts.values()) chart.destroy();
    this._charts.clear();
  }

  willUpdate(changed) {
    const target = changed.has('dashboardId') || changed.has('server');
    if (target && this.dashboardId && this.server) {
      // Another dashboard: the viewer's choices were for the previous one.
      this._filterValues = {};
      this._pages = new Map();
      this._load(true);
      return;
    }
    // A new token or provider after the old one failed: try again with the viewer's state.
    const credentials = changed.has('token') || changed.has('tokenProvider') || changed.has('tokenUrl');
    if (credentials && this.dashboardId && this.server && ['expired', 'invalid', 'idle'].includes(this._state)) {
      this._load(false);
    }
  }

  updated() {
    // The project's mode, for the styles: they apply it when the page sets no theme attribute.
    const mode = this._layout?.theme?.mode === 'dark' ? 'dark' : 'light';
    if (this.getAttribute('data-project-mode') !== mode) this.setAttribute('data-project-mode', mode);
    this._syncCharts();
  }

  // --- tokens ---------------------------------------------------------------------------------

  // The function that gives tokens: the tokenProvider property, else the built-in one of the
  // token-url attribute, else none (the token attribute is used as it is).
  _provider() {
    if (this.tokenProvider) return this.tokenProvider;
    if (!this.tokenUrl) return null;
    if (this._urlProvider?.url !== this.tokenUrl) {
      const url = this.tokenUrl;
      this._urlProvider = { url, provider: () => fetchUrlToken(url) };
    }
    return this._urlProvider.provider;
  }

  _activeToken() {
    return this._provider() ? this._providedToken : this.token || null;
  }

  async _ensureToken() {
    if (!this._provider()) {
      if (!this.token) throw new EmbedError('token_missing', 'no token: set the token or token-url attribute or a tokenProvider');
      return this.token;
    }
    const exp = tokenExpiry(this._providedToken);
    const stale = exp !== null && exp * 1000 - Date.now() < 5000;
    if (!this._providedToken || stale) await this._refreshToken();
    return this._providedToken;
  }

  // Asks the provider for a new token; concurrent callers share one call. Retries with backoff;
  // after providerAttempts failures it gives up with token_refresh_failed.
  _refreshToken() {
    if (this._refreshing) return this._refreshing;
    const provider = this._provider();
    const source = provider === this.tokenProvider ? 'the tokenProvider' : `token-url ${this.tokenUrl}`;
    this._refreshing = (async () => {
      let lastError;
      for (let attempt = 0; attempt < providerAttempts; ++attempt) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, backoffMs(attempt - 1)));
        if (provider !== this._provider()) break; // replaced meanwhile: let the new one be asked
        try {
          const token = await provider();
          if (typeof token !== 'string' || token.length === 0) throw new Error('no token given');
          this._providedToken = token;
          const exp = tokenExpiry(token);
          this._scheduleRefresh(token);
          this.dispatchEvent(
            new CustomEvent('dashwright-token-refresh', {
              bubbles: true,
              composed: true,
              detail: { expiresAt: exp === null ? null : new Date(exp * 1000) },
            }),
          );
          return token;
        } catch (e) {
          lastError = e;
        }
      }
      throw new EmbedError('token_refresh_failed', `${source} failed: ${lastError?.message ?? 'replaced'}`);
    })().finally(() => {
      this._refreshing = null;
    });
    return this._refreshing;
  }

  // A timer to fetch the next token before this one's exp (signed tokens; sealed ones are
  // refreshed when the server answers token_expired).
  _scheduleRefresh(token) {
    clearTimeout(this._refreshTimer);
    this._refreshTimer = 0;
    if (!this._provider() || !this.isConnected) return;
    const delay = refreshDelayMs(tokenExpiry(token));
    if (delay === null) return;
    this._refreshTimer = setTimeout(() => this._refreshInBackground(), Math.min(delay, maxTimeout));
  }

  // A refresh nobody waits for: when it fails, the viewer still has a token for a while, so it
  // is tried again before that one runs out; once it has, the expired state says so (with Try
  // again) above what was last drawn, which no longer updates, rather than nothing saying it.
  _refreshInBackground() {
    this._refreshToken().catch((e) => {
      const exp = tokenExpiry(this._providedToken);
      const left = exp === null ? 0 : exp * 1000 - Date.now();
      if (left <= 0) {
        this._fail(e);
        return;
      }
      this._report(e);
      clearTimeout(this._refreshTimer);
      this._refreshTimer = setTimeout(() => this._refreshInBackground(), Math.min(left, 30000));
    });
  }

  // --- requests -------------------------------------------------------------------------------

  _url(suffix) {
    const base = this.server.replace(/\/+$/, '');
    return `${base}/embed/v1/dashboards/${encodeURIComponent(this.dashboardId)}${suffix}`;
  }

  async _serverAnswers() {
    try {
      const base = this.server.replace(/\/+$/, '');
      await fetch(`${base}/healthz`, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
      return true;
    } catch {
      return false;
    }
  }

  async _send(method, suffix, body, token) {
    let response;
    try {
      response = await fetch(this._url(suffix), {
        method,
        headers: body === undefined
          ? { Authorization: `Bearer ${token}` }
          : { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit', // the token is the only credential; never the server's cookies
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });
    } catch (e) {
      // A browser hides why a cross-origin request failed. When a no-cors request for the
      // server's /healthz gets through, the server is there and refused this page by CORS:
      // its origin is not one of the project's embed origins.
      if (await this._serverAnswers())
        throw new EmbedError(
          'origin_not_allowed',
          `the dashboard server does not accept this page's origin (${location.origin}): add it to the project's embed origins`,
        );
      throw new EmbedError('network_error', `cannot reach ${this.server}: ${e.message}`);
    }
    let json = null;
    try {
      json = await response.json();
    } catch {
      // A proxy's HTML error page, say: reported by status below.
    }
    if (response.ok && json) return json;
    const code = json?.error ?? (response.ok ? 'bad_response' : `http_${response.status}`);
    const message = json?.message ?? `the server answered ${response.status}`;
    throw new EmbedError(code, message, response.status);
  }

  // A request with the current token; on token_expired (a sealed token, or a clock far off) the
  // provider is asked once for a new token and the request repeated.
  async _request(method, suffix, body) {
    const token = await this._ensureToken();
    try {
      return await this._send(method, suffix, body, token);
    } catch (e) {
      if (e.code !== 'token_expired' || !this._provider()) throw e;
      // Only refresh if nobody did meanwhile; then retry once with whatever is current.
      if (this._providedToken === token) await this._refreshToken();
      return this._send(method, suffix, body, this._providedToken);
    }
  }

  // Only what the viewer picked: the server applies a filter's initial value itself. A filter
  // the viewer cleared is sent as null, which clears its initial value too.
  _filtersBody() {
    const out = {};
    for (const [id, value] of Object.entries(this._filterValues)) {
      out[id] = value === undefined || (Array.isArray(value) && value.length === 0) ? null : value;
    }
    return out;
  }

  // Every widget's data for the current filters; tables at their current pages.
  async _fetchData(layout) {
    const size = this._pageSize();
    const data = new Map();
    const first = await this._request('POST', '/data', { page: { offset: 0, size }, filters: this._filtersBody() });
    for (const w of first.widgets ?? []) data.set(w.id, w);
    const later = (layout.widgets ?? []).filter((w) => w.type === 'table' && (this._pages.get(w.id) ?? 0) > 0);
    await Promise.all(
      later.map(async (w) => {
        const answer = await this._request('POST', '/data', {
          widgets: [w.id],
          page: { offset: this._pages.get(w.id), size },
          filters: this._filtersBody(),
        });
        for (const entry of answer.widgets ?? []) data.set(entry.id, entry);
      }),
    );
    return data;
  }

  _pageSize() {
    const n = Math.floor(Number(this.pageSize));
    return Number.isFinite(n) ? Math.min(1000, Math.max(1, n)) : 25;
  }

  async _load(fresh) {
    const seq = ++this._seq;
    if (fresh) {
      this._layout = null;
      this._data = new Map();
    }
    this._state = 'loading';
    this._message = '';
    this._busy = true;
    try {
      const layout = await this._request('GET', '');
      if (seq !== this._seq) return;
      // Keep only values of filters this layout still offers (another token, another tenant).
      const offered = new Set((layout.filters ?? []).map((f) => f.id));
      this._filterValues = Object.fromEntries(Object.entries(this._filterValues).filter(([id]) => offered.has(id)));
      const data = await this._fetchData(layout);
      if (seq !== this._seq) return;
      this._layout = layout;
      this._data = data;
      this._state = 'ready';
      this._busy = false;
      await this.updateComplete;
      this.dispatchEvent(
        new CustomEvent('dashwright-load', {
          bubbles: true,
          composed: true,
          detail: { dashboard: layout.id, title: layout.title },
        }),
      );
    } catch (e) {
      if (seq === this._seq) this._fail(e);
    }
  }

  async _reloadData() {
    const seq = ++this._seq;
    this._busy = true;
    try {
      const data = await this._fetchData(this._layout);
      if (seq !== this._seq) return;
      this._data = data;
      this._state = 'ready';
      this._message = '';
    } catch (e) {
      if (seq === this._seq) this._fail(e);
    } finally {
      if (seq === this._seq) this._busy = false;
    }
  }

  async _loadTablePage(widget, offset) {
    const seq = ++this._seq;
    this._busy = true;
    try {
      const answer = await this._request('POST', '/data', {
        widgets: [widget.id],
        page: { offset, size: this._pageSize() },
        filters: this._filtersBody(),
      });
      if (seq !== this._seq) return;
      const data = new Map(this._data);
      for (const entry of answer.widgets ?? []) data.set(entry.id, entry);
      const pages = new Map(this._pages);
      pages.set(widget.id, offset);
      this._data = data;
      this._pages = pages;
      this._state = 'ready';
      this._message = '';
    } catch (e) {
      if (seq === this._seq) this._fail(e);
    } finally {
      if (seq === this._seq) this._busy = false;
    }
  }

  _fail(e) {
    const error = e instanceof EmbedError ? e : new EmbedError('error', String(e?.message ?? e));
    this._busy = false;
    if (error.code === 'token_expired' || error.code === 'token_refresh_failed') this._state = 'expired';
    else if (error.status === 401 || error.code === 'token_missing') this._state = 'invalid';
    else if (error.status === 403) this._state = 'denied';
    else if (error.code === 'network_error') this._state = 'network';
    else if (error.code === 'origin_not_allowed') this._state = 'denied';
    else this._state = 'error';
    this._message = error.message;
    if (this._state === 'denied') {
      // Nothing of a dashboard the viewer may not see stays on screen.
      this._layout = null;
      this._data = new Map();
    }
    this._report(error);
  }

  _report(error) {
    this.dispatchEvent(
      new CustomEvent('dashwright-error', {
        bubbles: true,
        composed: true,
        detail: { code: error.code ?? 'error', message: error.message, status: error.status ?? 0 },
      }),
    );
  }

  // --- filters --------------------------------------------------------------------------------

  _onFilterChange(filter, event) {
    const select = event.target;
    const choices = filter.choices ?? [];
    let value;
    if (filter.expression === '? in ?') {
      value = [...select.selectedOptions].map((o) => choices[Number(o.value)]);
    } else {
      value = select.value === '' ? null : choices[Number(select.value)];
    }
    this._filterValues = { ...this._filterValues, [filter.id]: value };
    // Other filter values make the old table pages meaningless: back to the first page.
    this._pages = new Map();
    this.dispatchEvent(
      new CustomEvent('dashwright-filter-change', {
        bubbles: true,
        composed: true,
        detail: { filter: filter.id, label: filter.label, value, filters: this.filterValues },
      }),
    );
    this._reloadData();
  }

  // What a filter shows: the viewer's pick, else the dashboard's initial value (the layout's
  // `value`, which the server applies while the viewer picks nothing).
  _filterValue(filter) {
    if (filter.id in this._filterValues) return this._filterValues[filter.id] ?? null;
    return filter.value ?? null;
  }

  _isSelected(filter, choice) {
    const v = this._filterValue(filter);
    if (Array.isArray(v)) return v.some((x) => x === choice);
    return v !== undefined && v !== null && v === choice;
  }

  // --- rendering ------------------------------------------------------------------------------

  render() {
    const layout = this._layout;
    return html`
      <div part="dashboard" class="dashboard" ${cssProps({ '--_project-font': projectFont(layout?.theme) })}>
        ${this._renderState()}
        ${layout
          ? html`
              <div part="header" class="header">
                <div>
                  <h2 part="title" class="title">${layout.title}</h2>
                  ${layout.description ? html`<p part="description" class="description">${layout.description}</p>` : nothing}
                </div>
                ${this._renderFilters(layout.filters ?? [])}
              </div>
              <div
                part="grid"
                class="grid ${this._busy ? 'busy' : ''}"
                aria-busy=${this._busy ? 'true' : 'false'}
                ${cssProps({ '--_columns': layout.grid?.columns ?? 12 })}
              >
                ${repeat(layout.widgets ?? [], (w) => w.id, (w) => this._renderWidget(w))}
              </div>
            `
          : nothing}
      </div>
    `;
  }

  _renderState() {
    const state = this._state;
    if (state === 'idle' || state === 'ready') return nothing;
    if (state === 'loading' && this._layout) return nothing; // the grid dims instead
    const problem = state !== 'loading';
    const retry = ['expired', 'network', 'error'].includes(state) && (state !== 'expired' || this._provider());
    return html`
      <div part="state state-${state}" class="state ${problem ? 'problem' : 'loading'}" role=${problem ? 'alert' : 'status'}
           data-state=${state}>
        <span part="state-text">${stateText[state]}</span>
        ${problem && this._message && state !== 'network' ? html`<span part="state-message">${this._message}</span>` : nothing}
        ${retry ? html`<button part="retry-button" @click=${() => this.reload()}>Try again</button>` : nothing}
      </div>
    `;
  }

  _renderFilters(filters) {
    if (filters.length === 0) return nothing;
    return html`
      <div part="filters" class="filters">
        ${filters.map((f) => {
          const multiple = f.expression === '? in ?';
          const choices = f.choices ?? [];
          return html`
            <label part="filter" class="filter" data-filter=${f.id}>
              <span part="filter-label">${f.label}</span>
              ${multiple
                ? html`<select part="filter-control" multiple size=${Math.min(5, Math.max(2, choices.length))}
                          @change=${(e) => this._onFilterChange(f, e)}>
                    ${choices.map((c, i) => html`<option value=${i} ?selected=${this._isSelected(f, c)}>${c ?? '(empty)'}</option>`)}
                  </select>`
                : html`<select part="filter-control" @change=${(e) => this._onFilterChange(f, e)}>
                    <option value="" ?selected=${this._filterValue(f) === null}>All</option>
                    ${choices.map((c, i) => html`<option value=${i} ?selected=${this._isSelected(f, c)}>${c ?? '(empty)'}</option>`)}
                  </select>`}
            </label>
          `;
        })}
      </div>
    `;
  }

  _renderWidget(w) {
    const g = w.grid ?? {};
    const place = {
      'grid-column': `${(g.x ?? 0) + 1} / span ${Math.max(1, g.width ?? 1)}`,
      'grid-row': `${(g.y ?? 0) + 1} / span ${Math.max(1, g.height ?? 1)}`,
    };
    return html`
      <section part="widget widget-${w.type}" class="widget" data-widget=${w.id} data-type=${w.type} ${cssProps(place)}>
        ${w.title ? html`<h3 part="widget-title" class="widget-title">${w.title}</h3>` : nothing}
        <div part="widget-body" class="widget-body">${this._renderBody(w)}</div>
      </section>
    `;
  }

  _renderBody(w) {
    if (w.type === 'text') return html`<div part="text" class="text">${w.text ?? ''}</div>`;
    const data = this._data.get(w.id);
    if (!data) return html`<div part="widget-message" class="message">No data</div>`;
    if (data.denied) return html`<div part="widget-message" class="message">Not available: ${data.denied}</div>`;
    if (data.error) return html`<div part="widget-message" class="message error">${data.error}</div>`;
    if (w.type === 'kpi') return this._renderKpi(w, data);
    if (w.type === 'table') return this._renderTable(w, data);
    if (chartTypes.has(w.type)) return html`<div part="chart" class="chart"><canvas data-chart=${w.id}></canvas></div>`;
    return html`<div part="widget-message" class="message">Unsupported widget type ${w.type}</div>`;
  }

  _renderKpi(w, data) {
    const roles = data.column_roles ?? [];
    let index = roles.indexOf('measure');
    if (index < 0) index = 0;
    const row = (data.rows ?? [])[0];
    const value = row ? row[index] : null;
    const format = numberFormatter(w.number_format, this.locale);
    return html`<div part="kpi-value" class="kpi" data-value=${value ?? ''}>${format(value)}</div>`;
  }

  _renderTable(w, data) {
    const columns = data.columns ?? [];
    const types = data.column_types ?? [];
    const roles = data.column_roles ?? [];
    const rows = data.rows ?? [];
    const measureFormat = numberFormatter(w.number_format, this.locale);
    const plain = numberFormatter('', this.locale);
    const numeric = (i) => types[i] === 'number' || types[i] === 'integer';
    const cell = (v, i) => {
      if (v === null || v === undefined) return '\u2014';
      if (numeric(i) && typeof v === 'number') return roles[i] === 'measure' ? measureFormat(v) : plain(v);
      return String(v);
    };
    const page = data.page ?? { offset: this._pages.get(w.id) ?? 0, size: this._pageSize() };
    const offset = page.offset ?? 0;
    const size = page.size ?? this._pageSize();
    // The answer has no total: a full page means there may be more.
    const more = rows.length >= size;
    return html`
      <div class="table-wrap">
        <div class="table-scroll">
          <table part="table">
            <thead>
              <tr>${columns.map((c, i) => html`<th part="table-header" class=${numeric(i) ? 'number' : ''}>${c}</th>`)}</tr>
            </thead>
            <tbody>
              ${rows.map(
                (r) => html`<tr part="table-row">${r.map((v, i) => html`<td part="table-cell" class=${numeric(i) ? 'number' : ''}>${cell(v, i)}</td>`)}</tr>`,
              )}
            </tbody>
          </table>
        </div>
        <div part="pager" class="pager">
          <span part="pager-range" class="range">${rows.length ? `Rows ${offset + 1}–${offset + rows.length}` : 'No rows'}</span>
          <button part="pager-button pager-previous" ?disabled=${offset === 0 || this._busy}
                  @click=${() => this._loadTablePage(w, Math.max(0, offset - size))}>Previous</button>
          <button part="pager-button pager-next" ?disabled=${!more || this._busy}
                  @click=${() => this._loadTablePage(w, offset + size)}>Next</button>
        </div>
      </div>
    `;
  }

  // --- charts ---------------------------------------------------------------------------------

  // Series colour i: the page's --dashwright-series-i, else the project palette's colour i, else
  // the element's own default.
  _theme() {
    const cs = getComputedStyle(this);
    const v = (name, fallback) => cs.getPropertyValue(name).trim() || fallback;
    const project = (this._layout?.theme?.colors ?? []).filter((c) => typeof c === 'string' && /^#[0-9a-fA-F]{6}$/.test(c));
    const palette = [];
    for (let i = 1; i <= Math.max(8, project.length); ++i) {
      palette.push(v(`--dashwright-series-${i}`, project[i - 1] ?? v(`--_series-${((i - 1) % 8) + 1}`, '#2563eb')));
    }
    const dashboard = this.renderRoot.querySelector('.dashboard');
    return {
      palette,
      text: v('--_muted', '#616e7c'),
      grid: v('--_grid-line', '#e4e7eb'),
      background: v('--_widget-bg', '#ffffff'),
      font: { family: (dashboard ? getComputedStyle(dashboard) : cs).fontFamily, size: 11 },
    };
  }

  // What the charts' colours depend on besides their data: rebuilt when it changes.
  _themeKey() {
    const t = this._layout?.theme;
    return `${this.theme ?? ''}|${t?.mode ?? ''}|${(t?.colors ?? []).join(',')}|${t?.font ?? ''}`;
  }

  // Creates, replaces or destroys the Chart.js charts so that each chart widget with data has one
  // on its current canvas. A chart is rebuilt only when its data answer changed.
  _syncCharts() {
    const root = this.renderRoot;
    const seen = new Set();
    let theme = null;
    for (const canvas of root.querySelectorAll('canvas[data-chart]')) {
      const id = canvas.dataset.chart;
      const widget = this._layout?.widgets?.find((w) => w.id === id);
      const data = this._data.get(id);
      if (!widget || !data) continue;
      seen.add(id);
      const entry = this._charts.get(id);
      if (entry && entry.canvas === canvas && entry.data === data && entry.themeKey === this._themeKey()) continue;
      if (entry) entry.chart.destroy();
      theme ??= this._theme();
      const format = numberFormatter(widget.number_format, this.locale);
      const chart = new Chart(canvas, chartConfig(widget, data, theme, format));
      this._charts.set(id, { chart, canvas, data, themeKey: this._themeKey() });
    }
    for (const [id, entry] of this._charts) {
      if (!seen.has(id)) {
        entry.chart.destroy();
        this._charts.delete(id);
      }
    }
  }
}
