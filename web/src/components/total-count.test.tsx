// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TotalCount } from './total-count';

afterEach(cleanup);

describe('TotalCount', () => {
  it('marks an estimated total with ≈ (and says "about" to screen readers)', () => {
    const { container } = render(<TotalCount count={120000} estimated testId="total" />);
    expect(container.textContent).toBe('≈ about 120000');
    expect(screen.getByTestId('total').textContent).toBe('120000');
    expect(container.querySelector('[title]')?.getAttribute('title')).toMatch(/Estimated/);
  });

  it('shows an exact total as the number alone', () => {
    const { container } = render(<TotalCount count={3} estimated={false} />);
    expect(container.textContent).toBe('3');
    expect(container.querySelector('[title]')).toBeNull();
  });
});
