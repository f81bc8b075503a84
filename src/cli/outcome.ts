/** What a CLI run printed and its exit code: 0 fine, 1 findings, 2 bad input. */
export interface CliOutcome {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}
