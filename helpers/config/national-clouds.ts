// The three hosts of a national cloud travel together: a token from one cloud's login host
// is only accepted by that cloud's Graph host, and only for that host's `.default` scope.
// Source: learn.microsoft.com/graph/deployments (root endpoints table).
export type GraphCloud = 'global' | 'usgov' | 'dod' | 'china';

export interface CloudEndpoints {
  graphHost: string;
  authorityHost: string;
}

export const NATIONAL_CLOUDS: Record<GraphCloud, CloudEndpoints> = {
  global: { graphHost: 'https://graph.microsoft.com', authorityHost: 'https://login.microsoftonline.com' },
  usgov: { graphHost: 'https://graph.microsoft.us', authorityHost: 'https://login.microsoftonline.us' },
  dod: { graphHost: 'https://dod-graph.microsoft.us', authorityHost: 'https://login.microsoftonline.us' },
  china: { graphHost: 'https://microsoftgraph.chinacloudapi.cn', authorityHost: 'https://login.chinacloudapi.cn' },
};

export function isGraphCloud(value: string): value is GraphCloud {
  return Object.hasOwn(NATIONAL_CLOUDS, value);
}

/** Client credentials always ask for the whole static grant of the cloud's Graph resource. */
export function defaultScope(cloud: GraphCloud): string {
  return `${NATIONAL_CLOUDS[cloud].graphHost}/.default`;
}
