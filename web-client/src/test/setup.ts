import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The staff screens are lazy chunks: on a busy machine their first load takes longer than Testing Library's 1 s.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => cleanup());
