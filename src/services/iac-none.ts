/**
 * Checks whose fix has no meaningful CloudFormation (nativeIaC) or Terraform form, and why: a credential or
 * account setting only the root user or a person can change, a clean-up (deleting an unused key), a review
 * of findings, or a setting neither tool models. Every other check carries both snippets in its remediation;
 * test/remediation-iac.test.ts tells "deliberately none" (listed here) from "forgotten".
 */
export interface NoIacReason {
  /** Why there is no CloudFormation snippet. */
  nativeIaC?: string;
  /** Why there is no Terraform snippet. */
  terraform?: string;
}

export const NO_IAC: Record<string, NoIacReason> = {
};
