// Where a contract belongs, for listing many at once ("1,020 new contracts" per area, not one
// by one): its folder (`beta/api`, `text/v1.0`) and its area, the docs' own grouping in the page
// name (`intune-apps-win32lobapp-create` and `intune_apps_..._create` -> `intune-apps`; a page
// outside Intune -> its first word, `user-post-users` -> `user`).

export interface ContractPlace {
  folder: string;
  area: string;
}

export function contractPlace(name: string): ContractPlace {
  const slash = name.lastIndexOf('/');
  const folder = slash < 0 ? '.' : name.slice(0, slash);
  const words = name.slice(slash + 1).toLowerCase().split(/[-_]/).filter(Boolean);
  const area = words[0] === 'intune' && words.length > 2 ? `intune-${words[1]}` : (words[0] ?? name);
  return { folder, area };
}
