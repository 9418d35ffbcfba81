// view=table: every country in one sortable table, with its part in each
// initiative for the year shown. For screen readers, keyboards and anyone who
// prefers rows to a map. Country names select the country, as a click on the map does.
import { useMemo, useState } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import { disputesIn } from '../data/disputes.ts';
import { INITIATIVE_IDS } from '../data/types.ts';
import { DiscrepancyPositions } from '../panels/sections.tsx';
import { statusLabel, t, tf } from '../i18n/strings.ts';
import { INITIATIVE_COLORS } from '../map/palette.ts';
import { useAtlas } from '../state/store.ts';
import { sortRows, tableRows, type SortDirection, type SortKey } from './describe.ts';
import { focusDetailsHeading } from './focusDetails.ts';
import '../styles/a11y.css';

export function CountryTable() {
  const { core: index, index: details } = useAtlasData(); // the first view's index: see Atlas.core
  const lang = useAtlas((s) => s.lang);
  const year = useAtlas((s) => s.year);
  const selected = useAtlas((s) => s.country);
  const selectCountry = useAtlas((s) => s.selectCountry);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'name', direction: 'ascending' });
  const rows = useMemo(
    () => sortRows(tableRows(index, lang, year), sort.key, sort.direction, lang),
    [index, lang, year, sort],
  );
  // Statuses the sources dispute (they arrive with the details): each side shown in the cell, on demand.
  const disputes = useMemo(() => disputesIn(details.data.discrepancies, year), [details, year]);

  const columns: { key: SortKey; label: string }[] = [
    { key: 'name', label: t(lang, 'country') },
    ...INITIATIVE_IDS.map((id) => ({ key: id as SortKey, label: index.initiatives.get(id)!.shortName[lang] })),
    { key: 'count', label: t(lang, 'initiativeCount') },
  ];
  const toggle = (key: SortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' }));
  const when = year === null ? t(lang, 'tableWhenAll') : tf(lang, 'tableWhenYear', { year });

  return (
    <div className="table-view">
      <table className="country-table">
        <caption>{tf(lang, 'tableCaption', { when })}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.direction : undefined}>
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => toggle(c.key)}
                  title={tf(lang, 'sortBy', { column: c.label })}
                >
                  {c.key !== 'name' && c.key !== 'count' && (
                    <i className="swatch" style={{ background: INITIATIVE_COLORS[c.key] }} aria-hidden="true" />
                  )}
                  {c.label}
                  <span className="sort-mark" aria-hidden="true">
                    {sort.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.iso} className={r.iso === selected ? 'is-selected' : undefined} data-iso={r.iso}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-current={r.iso === selected ? 'true' : undefined}
                  onClick={() => {
                    selectCountry(r.iso, 'user-ui');
                    focusDetailsHeading();
                  }}
                >
                  {r.name}
                </button>
              </th>
              {INITIATIVE_IDS.map((id) => {
                const s = r.statuses[id];
                const disputed = disputes.get(r.iso)?.filter((d) => d.initiative === id) ?? [];
                return (
                  <td
                    key={id}
                    className={s ? `status-${s}` : 'status-none'}
                    data-disputed={disputed.length > 0 || undefined}
                  >
                    {s ? statusLabel(lang, s) : <span className="muted">{t(lang, 'notPart')}</span>}
                    {disputed.length > 0 && (
                      <details className="dispute">
                        <summary>
                          <span className="dispute-mark" aria-hidden="true">
                            ?
                          </span>{' '}
                          {t(lang, 'disputed')}
                        </summary>
                        {disputed.map((d) => (
                          <DiscrepancyPositions key={d.discrepancy.id} discrepancy={d.discrepancy} />
                        ))}
                      </details>
                    )}
                  </td>
                );
              })}
              <td className="num">{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
