import type { CDPSession, Page } from '@playwright/test';

/**
 * NoteGuard's dialog lives in a closed shadow root that page scripts, and so Playwright's
 * selectors, cannot enter. Tests find it the way assistive technology does: through the
 * browser's accessibility tree, and click with real (trusted) mouse input.
 */
interface AxNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  /** A progress bar's current value (aria-valuenow), when it has one. */
  value?: { value: number | string };
  backendDOMNodeId?: number;
  childIds?: string[];
  ignored?: boolean;
}

const sessions = new WeakMap<Page, CDPSession>();

async function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

async function axTree(page: Page): Promise<AxNode[]> {
  const cdp = await session(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  return nodes;
}

export async function findByRole(page: Page, role: string, name?: string | RegExp): Promise<AxNode | undefined> {
  const nodes = await axTree(page);
  return nodes.find(
    (node) =>
      !node.ignored &&
      node.role?.value === role &&
      (name === undefined ||
        (typeof name === 'string' ? node.name?.value === name : name.test(node.name?.value ?? ''))),
  );
}

/** All the text inside the first node with this role (e.g. the alertdialog). */
export async function textOfRole(page: Page, role: string): Promise<string | undefined> {
  const nodes = await axTree(page);
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const root = nodes.find((node) => !node.ignored && node.role?.value === role);
  if (!root) return undefined;
  const parts: string[] = [];
  const visit = (node: AxNode) => {
    if (node.role?.value === 'StaticText' && node.name?.value) parts.push(node.name.value);
    for (const child of node.childIds ?? []) {
      const next = byId.get(child);
      if (next) visit(next);
    }
  };
  visit(root);
  return parts.join(' ');
}

export async function waitForRole(page: Page, role: string, name?: string | RegExp, timeoutMs = 15_000): Promise<AxNode> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const node = await findByRole(page, role, name);
    if (node) return node;
    if (Date.now() > deadline) throw new Error(`No ${role} ${name ?? ''} appeared within ${timeoutMs} ms`);
    await page.waitForTimeout(50);
  }
}

export async function waitForRoleGone(page: Page, role: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (await findByRole(page, role)) {
    if (Date.now() > deadline) throw new Error(`${role} still shown after ${timeoutMs} ms`);
    await page.waitForTimeout(50);
  }
}

export async function clickByRole(page: Page, role: string, name: string | RegExp): Promise<void> {
  const node = await waitForRole(page, role, name);
  const cdp = await session(page);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, , , x3, y3] = model.content;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}
