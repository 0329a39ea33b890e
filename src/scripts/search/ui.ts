/**
 * The search panel, used in the header's dialog and on /search/. Loads Pagefind only when it is
 * first used. Results are a list of links: ↓ from the box moves into them, ↑/↓ move between
 * them, Enter follows one. Every piece of text is set as text.
 */
import { excerptParts, normalizeQuery } from '../../lib/search/excerpt';
import { t } from '../../i18n/client';
import { registerPageMessages } from '../../i18n/page';
import { asset, href, pageAddress, siteBase } from '../../lib/routes';

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string; locations?: number[] }[];
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    query: string,
    options?: { filters?: Record<string, string[]> },
  ) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // The index is written by the build, so the bundler must not try to resolve this address.
  const address = asset('pagefind/pagefind.js');
  loading ??= import(/* @vite-ignore */ address).then(async (module: Pagefind) => {
    // The index is small (a few dozen pages), so searching on the page is as quick as a worker,
    // and saves fetching the worker's own 12 KB.
    // Result addresses are relative to the site: under a base path (an LMS, say) they need it.
    await module.options({ excerptLength: 24, noWorker: true, baseUrl: siteBase });
    await module.init();
    // Loading the filter index once makes every search report its filter counts.
    await module.filters();
    return module;
  });
  return loading;
}

// The catalogue lists suggestions in one message, separated by "|".
const suggestions = () => t('search.suggestions').split('|');
// The pages' type filters carry the same words (data-pagefind-filter="type:…").
const types = () => [t('search.type.lesson'), t('search.type.scenario'), t('search.type.glossary')];

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(html: string): HTMLElement {
  const paragraph = element('p', { className: 'search-excerpt' });
  for (const part of excerptParts(html)) {
    paragraph.append(
      part.marked ? element('mark', {}, part.text) : document.createTextNode(part.text),
    );
  }
  return paragraph;
}

export interface SearchPanel {
  focus: () => void;
}

export function mountSearch(
  root: HTMLElement,
  options: { initialQuery?: string; updateAddress?: boolean } = {},
): SearchPanel {
  registerPageMessages();
  // Start Pagefind as the panel opens, so after the last key only the results are left to fetch.
  loadPagefind().catch(() => {
    // Said when a search is run: there is no index under `astro dev`.
  });
  root.replaceChildren();
  const form = element('form', { className: 'search-form', role: 'search' });
  const label = element(
    'label',
    { htmlFor: 'search-input', className: 'search-label' },
    t('search.label'),
  );
  const input = element('input', {
    id: 'search-input',
    type: 'search',
    autocomplete: 'off',
    spellcheck: false,
    value: options.initialQuery ?? '',
  });
  input.setAttribute('aria-describedby', 'search-status');
  form.append(label, input);

  const filters = element('div', { className: 'search-filter-groups' });
  const typeGroup = element('fieldset', { className: 'search-filters' });
  typeGroup.append(element('legend', {}, t('search.filterType')));
  const driverGroup = element('fieldset', { className: 'search-filters' });
  driverGroup.append(element('legend', {}, t('search.filterDriver')));
  filters.append(typeGroup, driverGroup);
  const status = element('p', { id: 'search-status', className: 'search-status' });
  status.setAttribute('role', 'status');
  const results = element('ol', { className: 'search-results' });
  results.setAttribute('aria-label', t('search.results'));
  const empty = element('div', { className: 'search-empty' });
  root.append(form, filters, status, results, empty);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });

  const chosen = new Set<string>();
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const showSuggestions = () => {
    empty.replaceChildren(element('p', {}, t('search.suggest')));
    const list = element('ul', { className: 'search-suggestions' });
    for (const suggestion of suggestions()) {
      const button = element(
        'button',
        { type: 'button', className: 'button button-secondary small' },
        suggestion,
      );
      button.addEventListener('click', () => {
        input.value = suggestion;
        void run();
        input.focus();
      });
      list.append(element('li', {}, undefined));
      list.lastElementChild?.append(button);
    }
    empty.append(list);
  };

  const renderFilters = (counts: Record<string, Record<string, number>>) => {
    filters.querySelectorAll('label').forEach((node) => {
      node.remove();
    });
    const values = [
      ...types().map((value) => ({ key: 'type', value })),
      ...Object.keys(counts['driver'] ?? {})
        .sort()
        .map((value) => ({ key: 'driver', value })),
    ];
    for (const { key, value } of values) {
      const id = `filter-${key}-${value.replace(/\W+/g, '-')}`;
      const box = element('input', {
        type: 'checkbox',
        id,
        checked: chosen.has(`${key}:${value}`),
      });
      box.addEventListener('change', () => {
        if (box.checked) chosen.add(`${key}:${value}`);
        else chosen.delete(`${key}:${value}`);
        void run();
      });
      const count = counts[key]?.[value] ?? 0;
      const wrapper = element('label', { htmlFor: id, className: 'search-filter' });
      wrapper.append(box, document.createTextNode(` ${value} (${count})`));
      (key === 'type' ? typeGroup : driverGroup).append(wrapper);
    }
  };

  const run = async () => {
    const query = normalizeQuery(input.value);
    const mine = ++generation;
    if (options.updateAddress) {
      const url = new URL(window.location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      window.history.replaceState(null, '', url);
    }
    filters.hidden = !query;
    if (!query) {
      results.replaceChildren();
      status.textContent = '';
      showSuggestions();
      return;
    }
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      status.textContent = t('search.unavailable');
      return;
    }
    const selected: Record<string, string[]> = {};
    for (const entry of chosen) {
      const [key = '', value = ''] = entry.split(':');
      (selected[key] ??= []).push(value);
    }
    const search = await pagefind.search(query, { filters: selected });
    const data = await Promise.all(search.results.slice(0, 12).map((result) => result.data()));
    if (mine !== generation) return; // a newer query has started
    renderFilters(search.filters);
    results.replaceChildren();
    empty.replaceChildren();
    status.textContent = t('search.count', { n: search.results.length });
    if (search.results.length === 0) {
      empty.append(element('p', {}, t('search.none', { query })));
      const glossary = element('a', { href: href('glossary') }, t('search.tryGlossary'));
      empty.append(element('p', {}, undefined));
      empty.lastElementChild?.append(glossary);
      return;
    }
    for (const item of data) {
      const entry = element('li', { className: 'search-result' });
      const type = item.filters['type']?.[0] ?? '';
      entry.append(element('p', { className: 'label-caps search-type' }, type));
      entry.append(
        element(
          'a',
          { href: pageAddress(item.url), className: 'search-title' },
          item.meta['title'] ?? item.url,
        ),
      );
      entry.append(excerpt(item.excerpt));
      // Most-matching sections first: on the glossary that is the term itself, not a mention of it.
      const subs = item.sub_results
        .filter((sub) => sub.url !== item.url)
        .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
        .slice(0, 3);
      if (subs.length > 0) {
        const list = element('ul', { className: 'search-subresults' });
        for (const sub of subs) {
          const row = element('li');
          row.append(element('a', { href: pageAddress(sub.url) }, sub.title), excerpt(sub.excerpt));
          list.append(row);
        }
        entry.append(list);
      }
      results.append(entry);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  });

  // Arrow keys move between the box and the result links.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll('a')];
    if (links.length === 0) return;
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') (links[index + 1] ?? links[0])?.focus();
    else if (index <= 0) input.focus();
    else links[index - 1]?.focus();
  });

  void run();
  return {
    focus: () => {
      input.focus();
    },
  };
}
