import { createContext, useContext } from 'react';
import type { PolicyInForce } from './policyInForce';

/**
 * The practice's adopted policy, read once when an incident opens, for the plan's "Your practice
 * policy says" lines and the reply builder's agreed replies; undefined outside an incident, in
 * training, or when the practice has not adopted one.
 */
export const PolicyInForceContext = createContext<PolicyInForce | undefined>(undefined);

export function usePolicyInForce(): PolicyInForce | undefined {
  return useContext(PolicyInForceContext);
}
