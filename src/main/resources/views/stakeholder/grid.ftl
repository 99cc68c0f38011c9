<#import "../layout.ftl" as layout>
<#import "parts.ftl" as p>
<@layout.page title=t("stakeholder.grid.title")>
<p class="lead">${t("stakeholder.grid.lead")}</p>
<p><a href="/stakeholders">${t("stakeholder.back")}</a></p>
<form method="get" action="/stakeholders/grid" class="form form--row">
  <div class="field">
    <label for="issue">${t("stakeholder.field.issue")}</label>
    <select id="issue" name="issue">
      <#list issues as i><option value="${i.key()}"<#if i.key() == issue> selected</#if>><@p.issue kind=i.kind() label=i.label() ref=(i.ref()?c)!""/></option></#list>
    </select>
  </div>
  <button type="submit" class="button button--quiet">${t("stakeholder.grid.show")}</button>
</form>
<#assign c = chart>
<figure class="stakeholder-grid">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${c.width()?c} ${c.height()?c}" width="100%" role="img" aria-labelledby="grid-title grid-desc" style="max-width:${c.width()?c}px">
  <title id="grid-title">${t("stakeholder.grid.title")}</title>
  <desc id="grid-desc">${t("stakeholder.grid.desc.plural", placements?size)}</desc>
  <#list c.areas() as a>
  <rect x="${a.x()?c}" y="${a.y()?c}" width="${a.width()?c}" height="${a.height()?c}" class="grid-area grid-area--${a.quadrant()?lower_case}" fill="<#if a.quadrant() == "MANAGE_CLOSELY">#fde2cf<#elseif a.quadrant() == "KEEP_SATISFIED">#e4ecf7<#elseif a.quadrant() == "KEEP_INFORMED">#e6f2e1<#else>#f2f2f2</#if>" stroke="#555"/>
  <text x="${(a.x() + a.width() - 6)?c}" y="${(a.y() + a.height() - 8)?c}" text-anchor="end" font-size="13" font-weight="bold" fill="#222">${t("stakeholder.quadrant." + a.quadrant())}</text>
  </#list>
  <#list c.levels() as level>
  <text x="${(c.left() + (level - 1) * c.cell() + c.cell() / 2)?c}" y="${(c.top() + 5 * c.cell() + 16)?c}" text-anchor="middle" font-size="12" fill="#222">${level}</text>
  <text x="${(c.left() - 8)?c}" y="${(c.top() + (5 - level) * c.cell() + c.cell() / 2)?c}" text-anchor="end" font-size="12" fill="#222">${level}</text>
  </#list>
  <text x="${(c.left() + 5 * c.cell() / 2)?c}" y="${(c.height() - 6)?c}" text-anchor="middle" font-size="13" fill="#222">${t("stakeholder.field.interest")} →</text>
  <text x="14" y="${(c.top() + 5 * c.cell() / 2)?c}" text-anchor="middle" font-size="13" fill="#222" transform="rotate(-90 14 ${(c.top() + 5 * c.cell() / 2)?c})">${t("stakeholder.field.influence")} →</text>
  <#list c.points() as pt>
  <#if pt.title()?has_content>
  <g class="grid-point"><circle cx="${pt.x()?c}" cy="${(pt.y() - 4)?c}" r="4" fill="#222"/><text x="${(pt.x() + 8)?c}" y="${pt.y()?c}" font-size="12" fill="#222">${pt.label()}</text></g>
  <#else>
  <text x="${(pt.x() + 8)?c}" y="${pt.y()?c}" font-size="12" fill="#222">${pt.label()}</text>
  </#if>
  </#list>
</svg>
<figcaption>${t("stakeholder.grid.caption")}</figcaption>
</figure>
<#if placements?has_content>
<div class="table-wrap">
<table>
  <caption>${t("stakeholder.grid.table")}</caption>
  <thead><tr><th scope="col">${t("stakeholder.field.name")}</th><th scope="col">${t("stakeholder.field.quadrant")}</th><th scope="col">${t("stakeholder.field.interest")}</th><th scope="col">${t("stakeholder.field.influence")}</th><th scope="col">${t("stakeholder.field.placedOn")}</th><th scope="col">${t("stakeholder.field.note")}</th></tr></thead>
  <tbody>
  <#list placements as cur>
    <tr><th scope="row"><a href="/stakeholders/organisations/${cur.stakeholder().id()?c}">${cur.stakeholder().name()}</a></th>
      <td>${t("stakeholder.quadrant." + cur.placement().quadrant())}</td>
      <td>${cur.placement().interest()}</td><td>${cur.placement().influence()}</td>
      <td><time datetime="${cur.placement().placedOnText()}">${cur.placement().placedOnText()}</time></td>
      <td>${cur.placement().note()}</td></tr>
  </#list>
  </tbody>
</table>
</div>
<#else>
<p>${t("stakeholder.grid.none")}</p>
</#if>
</@layout.page>
