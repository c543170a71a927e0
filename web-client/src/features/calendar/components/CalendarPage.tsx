import { useState, type FormEvent } from 'react';
import { useFieldErrors } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { FormActions } from '@/components/FormActions';
import { PageTitle } from '@/components/PageTitle';
import { QueryView } from '@/components/States';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { useCalendarYear } from '../api/getCalendarYear';
import { useSetCalendarSwaps, type Swap } from '../api/setCalendarSwaps';

type Row = Swap & { key: number };

let nextKey = 1;

/** This year in Vietnam (UTC+7), whatever the browser's zone. */
const thisYear = () => new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

/**
 * For the Admin: a year's days off and make-up working days. A year the seeds hold in full is shown as it is; a year
 * by rule (lunar holidays computed) takes the swapped days the government announces, and warns until they are entered.
 */
export default function CalendarPage() {
  const { t } = useI18n();
  const [year, setYear] = useState(thisYear);
  const calendar = useCalendarYear(year);
  const years = Array.from({ length: 6 }, (_, i) => thisYear() - 1 + i);

  return (
    <section>
      <PageTitle sub={t('calendar.intro')}>{t('calendar.title')}</PageTitle>
      <Field label={t('calendar.year')}>
        {(props) => (
          <select {...props} value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        )}
      </Field>
      <QueryView query={calendar}>
        {(data) => (
          <>
            <p className={`notice ${data.swapsMissing ? 'notice--warning' : 'notice--info'}`} role="status">
              {data.byRule ? (data.swapsMissing ? t('calendar.missing', { year: data.year }) : t('calendar.byRule', { year: data.year })) : t('calendar.seeded', { year: data.year })}
            </p>
            <section aria-labelledby="calendar-days">
              <h2 id="calendar-days">{t('calendar.daysTitle', { year: data.year })}</h2>
              <ul className="case-list">
                {data.days.map((d) => (
                  <li key={d.date} className="case-card">
                    <div className="case-card__head">
                      <strong>{formatDate(d.date)}</strong>
                      <span className={`badge ${d.working ? 'badge--active' : 'badge--disabled'}`}>{d.working ? t('calendar.working') : t('calendar.off')}</span>
                    </div>
                    <p className="case-card__text">{d.name}</p>
                    <p className="muted">{t(`calendar.source.${d.source}`)}</p>
                  </li>
                ))}
              </ul>
            </section>
            {data.byRule && (
              <SwapsForm
                key={data.year}
                year={data.year}
                initial={data.days.filter((d) => d.source === 'Admin').map((d) => ({ key: nextKey++, date: d.date, name: d.name, working: d.working }))}
              />
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

function SwapsForm({ year, initial }: { year: number; initial: Row[] }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<Row[]>(initial);
  const [saved, setSaved] = useState(false);
  const save = useSetCalendarSwaps(year);
  const errorsFor = useFieldErrors(save.error);

  function update(index: number, change: Partial<Row>) {
    setSaved(false);
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    save.mutate(
      rows.map(({ date, name, working }) => ({ date, name: name.trim(), working })),
      { onSuccess: () => setSaved(true) },
    );
  }

  const marked = rows.some((_, i) => (errorsFor(`days[${i}]`)?.length ?? 0) + (errorsFor(`days[${i}].name`)?.length ?? 0) > 0);
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="calendar-swaps">
      <h2 id="calendar-swaps">{t('calendar.swapsTitle', { year })}</h2>
      <p className="muted">{t('calendar.swapsIntro')}</p>
      {rows.length === 0 && <p>{t('calendar.noSwaps')}</p>}
      {rows.map((row, i) => (
        <fieldset key={row.key} className="item">
          <legend>{t('calendar.swap', { number: i + 1 })}</legend>
          <Field label={t('calendar.date')} required errors={errorsFor(`days[${i}]`)}>
            {(props) => <input {...props} type="date" value={row.date} onChange={(e) => update(i, { date: e.target.value })} />}
          </Field>
          <Field label={t('calendar.kind')}>
            {(props) => (
              <select {...props} value={row.working ? 'working' : 'off'} onChange={(e) => update(i, { working: e.target.value === 'working' })}>
                <option value="off">{t('calendar.kindOff')}</option>
                <option value="working">{t('calendar.kindWorking')}</option>
              </select>
            )}
          </Field>
          <Field label={t('calendar.name')} required errors={errorsFor(`days[${i}].name`)}>
            {(props) => <input {...props} value={row.name} onChange={(e) => update(i, { name: e.target.value })} />}
          </Field>
          <button
            type="button"
            className="button button--ghost"
            aria-label={t('calendar.removeOf', { number: i + 1 })}
            onClick={() => setRows((current) => current.filter((_, j) => j !== i))}
          >
            {t('calendar.remove')}
          </button>
        </fieldset>
      ))}
      <p className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setSaved(false);
            setRows((current) => [...current, { key: nextKey++, date: '', name: '', working: false }]);
          }}
        >
          {t('calendar.add')}
        </button>
      </p>
      <p role="status" className={saved ? 'notice notice--success' : undefined}>
        {saved ? t('calendar.saved', { year, count: rows.length }) : ''}
      </p>
      <FormActions error={save.error} marked={marked} pending={save.isPending} submitLabel={t('calendar.save')} />
    </form>
  );
}
