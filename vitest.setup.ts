// fake-indexeddb must be installed before localforage is imported, or localforage
// silently falls back to localStorage.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
