'use client';

import { useEffect, useState } from 'react';
import { THEME_STORAGE_KEY } from '@/lib/theme';

function apply(dark: boolean) {
  document.documentElement.classList.toggle('dark', dark);
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
}

/** Light/dark switch. The choice is remembered; until one is made the system setting is followed live. */
export function ThemeToggle() {
  const [dark, setDark] = useState<boolean | null>(null);

  useEffect(() => {
    setDark(document.documentElement.classList.contains('dark'));
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = (e: MediaQueryListEvent) => {
      if (localStorage.getItem(THEME_STORAGE_KEY)) return;
      apply(e.matches);
      setDark(e.matches);
    };
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);

  return (
    <button
      type="button"
      aria-pressed={dark ?? false}
      aria-label="Dark theme"
      data-testid="theme-toggle"
      onClick={() => {
        const next = !document.documentElement.classList.contains('dark');
        apply(next);
        setDark(next);
        try {
          localStorage.setItem(THEME_STORAGE_KEY, next ? 'dark' : 'light');
        } catch {
          // private mode: the switch still works for this page
        }
      }}
      className="grid size-8 place-items-center rounded-md border border-slate-300 text-slate-700 hover:border-brand-600 dark:border-slate-700 dark:text-slate-200"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
    </button>
  );
}
