import type { ExecutionResult, GraphQLFormattedError } from 'graphql';

/**
 * The async iterator graphql-ws holds for a subscription. Payloads bypass it (they are written to the
 * socket pre-serialized); it only ends the operation: `return()` when the client completes or leaves,
 * a throw when the engine fails it, which graphql-ws reports as an error message with the code.
 */
export function subscriptionLifecycle() {
  let settle: ((result: IteratorResult<ExecutionResult>) => void) | undefined;
  let reject: ((error: Error) => void) | undefined;
  let failure: Error | undefined;
  let ended = false;
  const endHandlers: (() => void)[] = [];
  const end = () => {
    if (ended) return;
    ended = true;
    for (const handler of endHandlers.splice(0)) handler();
  };
  const iterator: AsyncGenerator<ExecutionResult> = {
    next: () =>
      new Promise<IteratorResult<ExecutionResult>>((resolve, fail) => {
        if (failure) return fail(failure);
        if (ended) return resolve({ done: true, value: undefined });
        settle = resolve;
        reject = fail;
      }),
    return: async () => {
      end();
      settle?.({ done: true, value: undefined });
      return { done: true, value: undefined };
    },
    throw: async (error: unknown) => {
      end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return {
    iterator,
    onEnd(handler: () => void) {
      if (ended) handler();
      else endHandlers.push(handler);
    },
    fail(errors: readonly GraphQLFormattedError[]) {
      const first = errors[0];
      failure = Object.assign(new Error(first?.message ?? 'Subscription failed'), { extensions: first?.extensions ?? {} });
      end();
      reject?.(failure);
    },
  };
}
