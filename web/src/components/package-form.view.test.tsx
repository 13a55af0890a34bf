// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, Provider, makeResult, type Exchange, type Operation } from 'urql';
import { map, pipe } from 'wonka';
import { PackageFormView } from './package-form.view';

afterEach(cleanup);

/** A client whose every operation gets the given answer (the API's validation is tested on the server). */
function clientAnswering(answer: (operation: Operation) => ReturnType<typeof makeResult>, seen: Operation[]): Client {
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      map((operation) => {
        seen.push(operation);
        return answer(operation);
      }),
    );
  return new Client({ url: '/graphql', exchanges: [exchange] });
}

describe('package form', () => {
  it('shows the API validation messages under the fields they concern', async () => {
    const seen: Operation[] = [];
    const error = new GraphQLError('destination.lat: Number must be less than or equal to 90', {
      extensions: { code: 'BAD_USER_INPUT', details: { issues: [{ path: ['destination', 'lat'], message: 'Number must be less than or equal to 90' }] } },
    });
    const client = clientAnswering((operation) => makeResult(operation, { errors: [error] }), seen);
    render(
      <Provider value={client}>
        <PackageFormView />
      </Provider>,
    );
    fireEvent.change(screen.getByLabelText('Tracking number'), { target: { value: 'T-1' } });
    fireEvent.change(screen.getByLabelText('Carrier'), { target: { value: 'DHL' } });
    const destination = screen.getByRole('group', { name: 'Destination' });
    fireEvent.change(within(destination).getByLabelText('Latitude'), { target: { value: '123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create package' }));

    const message = await within(destination).findByRole('alert');
    expect(message.textContent).toBe('Number must be less than or equal to 90');
    expect(within(destination).getByLabelText('Latitude').getAttribute('aria-invalid')).toBe('true');
    // What was sent: typed values, the latitude as a number, empty fields left out
    const mutation = seen.find((operation) => operation.kind === 'mutation');
    expect(mutation?.variables).toMatchObject({ input: { trackingNumber: 'T-1', carrier: 'DHL', destination: { lat: 123 }, origin: null } });
  });
});
