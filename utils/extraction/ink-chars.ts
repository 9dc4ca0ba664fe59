/** Characters of a node's text with its white space left out: what it says, however the markup spaces it. */
export function inkChars(node: Node): number {
  return (node.textContent ?? '').replace(/\s+/g, '').length;
}
