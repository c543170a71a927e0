import type { Category } from '@/api/types';
import { useI18n } from '@/i18n/I18n';
import { useCategories } from '@/api/reference/listCategories';

/** A category's name in the screen's language, from GET /api/categories (the code while it loads). */
export function useCategoryName() {
  const { lang } = useI18n();
  const categories = useCategories();
  return (code: Category) => {
    const found = categories.data?.find((c) => c.code === code);
    return found ? (lang === 'en' ? found.nameEn : found.name) : code;
  };
}
