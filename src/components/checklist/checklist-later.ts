/**
 * What <veiviser-checklist> (checklist-element.ts) loads later: the actions on first use, the kommune overview and
 * cards once there are kommuner. Behind this one module so the first script lists one chunk to fetch instead of
 * every chunk these import (Vite's preload list for each import() names them all, about 0.3 KB gzip).
 */
export const loadActions = () => import('./actions');
export const loadKommuneRows = () => import('./kommune-rows');
