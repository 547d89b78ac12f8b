'use client';

import { useEffect } from 'react';

/**
 * Marks <html data-hydrated> once React has attached its handlers. Before that a click or
 * a shortcut on an interactive part is not heard; scripts and end-to-end tests wait for it.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
