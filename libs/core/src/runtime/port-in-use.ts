/**
 * A port another process holds is an operator mistake, not a crash: say so in one line that names the
 * setting to change and exit non-zero, instead of an EADDRINUSE stack trace. Other errors pass through.
 */
export function exitIfPortInUse(port: number): (error: unknown) => never {
  return (error) => {
    if ((error as { code?: unknown } | undefined)?.code === 'EADDRINUSE') {
      process.stderr.write(`PORT ${port} is already in use: stop the other process or set PORT\n`);
      process.exit(1);
    }
    throw error;
  };
}
