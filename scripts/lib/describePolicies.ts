/**
 * Writes each field's sharing policy into its description, so that the explorer's docs (which show the API schema,
 * where the directive itself is dropped) tell staff who may receive a field, for which purposes and on which legal
 * basis. Applied to a subgraph's SDL before composition.
 */
import { Kind, visit, type DocumentNode, type StringValueNode } from 'graphql';
import { type DisclosurePolicy, readPolicies, type Register } from '../../common';

export function policySentence(policy: DisclosurePolicy, register: Register): string {
  const purposes = policy.for.map((id) => {
    const activity = register.byId.get(id);
    return activity ? `${id} (${activity.legalBasis})` : id;
  });
  const roles = policy.to.map((role) => (role === 'ANY_ROLE' ? 'any role' : role)).join(', ');
  return `Disclosed (${policy.category}) to: ${roles} in an open case of the client; for: ${purposes.join('; ')}.`;
}

function withSentence(description: StringValueNode | undefined, sentence: string): StringValueNode {
  const text = description?.value ? `${description.value}\n\n${sentence}` : sentence;
  return { kind: Kind.STRING, value: text, block: true };
}

export function describePolicies(document: DocumentNode, register: Register): DocumentNode {
  const policies = readPolicies(document);
  return visit(document, {
    ObjectTypeDefinition(node) {
      const onType = policies.byType.get(node.name.value);
      const fields = node.fields?.map((field) => {
        const policy = policies.byField.get(`${node.name.value}.${field.name.value}`);
        return policy ? { ...field, description: withSentence(field.description, policySentence(policy, register)) } : field;
      });
      return { ...node, fields, ...(onType ? { description: withSentence(node.description, policySentence(onType, register)) } : {}) };
    },
  });
}
