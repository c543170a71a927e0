import { useState, type FormEvent } from 'react';
import type { CategoryInfo, Department } from '@/api/types';
import { CommandError, useFieldErrors } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { QueryView } from '@/components/States';
import { useI18n } from '@/i18n/I18n';
import { categoriesKey, useCategories } from '@/api/reference/listCategories';
import { useDepartments } from '@/api/reference/listDepartments';
import { setCategoryDepartment } from '../api/setCategoryDepartment';
import { useSessionCommand } from '../api/useSessionCommand';

/**
 * Each category with the department its new cases are suggested to go to at triage; saved one category at a time,
 * the confirmation next to it.
 */
export function CategoryRouting() {
  const { t } = useI18n();
  const categories = useCategories();
  const departments = useDepartments();

  return (
    <section aria-labelledby="routing-title" className="routing">
      <h2 id="routing-title">{t('sessions.routingTitle')}</h2>
      <p className="muted">{t('sessions.routingIntro')}</p>
      <QueryView query={categories}>
        {(items) => (
          <ul className="case-list routing__list">
            {items.map((c) => (
              <CategoryRow key={c.code} category={c} departments={departments.data ?? []} />
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}

type RowProps = { category: CategoryInfo; departments: Department[] };

function CategoryRow({ category, departments }: RowProps) {
  const { t, lang } = useI18n();
  const name = lang === 'en' ? category.nameEn : category.name;
  const [departmentId, setDepartmentId] = useState<number | ''>(category.defaultDepartmentId ?? '');
  const save = useSessionCommand((id: number) => setCategoryDepartment(category.code, id), categoriesKey);
  const errors = useFieldErrors(save.error);
  const [done, setDone] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (departmentId === '') return;
    setDone('');
    save.mutate(departmentId, {
      onSuccess: (saved) => {
        const department = departments.find((d) => d.id === saved.defaultDepartmentId)?.name ?? `#${saved.defaultDepartmentId}`;
        setDone(t('sessions.routingSaved', { category: name, department }));
      },
    });
  }

  return (
    <li className="case-card routing__item">
      <form className="routing__form" onSubmit={submit} noValidate>
        <Field label={name} errors={errors('departmentId')}>
          {(props) => (
            <select {...props} value={departmentId} onChange={(e) => setDepartmentId(e.target.value ? Number(e.target.value) : '')}>
              {category.defaultDepartmentId === null && <option value="">{t('sessions.noDepartment')}</option>}
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button
          type="submit"
          className="button button--secondary"
          aria-label={t('sessions.saveRoutingOf', { category: name })}
          disabled={save.isPending}
        >
          {save.isPending ? t('app.loading') : t('sessions.saveRouting')}
        </button>
      </form>
      <p role="status" className={done ? 'notice notice--success' : undefined}>
        {done}
      </p>
      {!errors('departmentId') && <CommandError error={save.error} />}
    </li>
  );
}
