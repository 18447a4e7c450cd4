/**
 * Defines a custom element unless the page already has it. A page can run a second
 * script that defines the same elements: the search dialog adds the search page's script,
 * which also defines, say, the quiz status the home page has defined already.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
