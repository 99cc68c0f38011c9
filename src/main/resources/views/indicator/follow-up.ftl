<#import "../layout.ftl" as layout>
<#import "../goals/parts.ftl" as g>
<#import "parts.ftl" as p>
<#function shown c><#return columns?seq_contains(c)></#function>
<@layout.page title=t(published?then("indicator.follow-up.public-title", "indicator.follow-up.title"))>
<#if !published><p><a href="/indicators">${t("indicator.back")}</a></p></#if>
<p class="lead">${t("indicator.follow-up.lead")}</p>
<form method="get" action="<#if published>/follow-up/${organisationId?c}<#else>/indicators/follow-up</#if>" class="form follow-up-options">
  <div class="field">
    <label for="group">${t("indicator.follow-up.group-by")}</label>
    <select id="group" name="group"><#list groupings as gr><option value="${gr}"<#if gr == grouping> selected</#if>>${t("indicator.follow-up.grouping." + gr)}</option></#list></select>
  </div>
  <#if !published>
  <fieldset class="choices">
    <legend>${t("indicator.follow-up.columns")}</legend>
    <#list allColumns as c><div class="checkbox"><input type="checkbox" id="col-${c}" name="col" value="${c}"<#if shown(c)> checked</#if>><label for="col-${c}">${t("indicator.column." + c)}</label></div></#list>
  </fieldset>
  </#if>
  <button type="submit" class="button button--quiet">${t("indicator.follow-up.show")}</button>
</form>
<#if !published>
<p class="actions">
  <a class="button button--quiet" href="/indicators/follow-up.xlsx<#if query?has_content>?${query}</#if>" download>${t("indicator.follow-up.xlsx")}</a>
  <a class="button button--quiet" href="/indicators/follow-up.csv<#if query?has_content>?${query}</#if>" download>${t("indicator.follow-up.csv")}</a>
  <a class="button button--quiet" href="/indicators/follow-up.pdf<#if query?has_content>?${query}</#if>" download>${t("indicator.follow-up.pdf")}</a>
  <#if isPublic><a class="button button--quiet" href="/follow-up/${organisationId?c}">${t("indicator.follow-up.public-link")}</a></#if>
</p>
<p class="hint no-print">${t("indicator.follow-up.print")}</p>
</#if>
<#if groups?has_content>
<#list groups as grp>
<h2 id="group-${grp?index}"><#if grp.goal()??>${grp.goal().code()} <@g.text grp.goal().label(lang.code())/><#elseif grp.labelKey()?has_content>${t(grp.labelKey())}<#else>${grp.label()}</#if></h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="group-${grp?index}">
<table aria-labelledby="group-${grp?index}" class="follow-up">
  <thead><tr>
    <#if shown("TARGET")><th scope="col">${t("indicator.column.TARGET")}</th></#if>
    <#if shown("DIMENSION")><th scope="col">${t("indicator.column.DIMENSION")}</th></#if>
    <#if shown("KEYWORD")><th scope="col">${t("indicator.column.KEYWORD")}</th></#if>
    <th scope="col">${t("indicator.field.title")}</th>
    <#if shown("LATEST")><th scope="col">${t("indicator.column.LATEST")}</th></#if>
    <#if shown("COMPARISON")><th scope="col">${t("indicator.column.COMPARISON")}</th></#if>
    <#if shown("STEERING")><th scope="col">${t("indicator.column.STEERING")}</th></#if>
    <#if shown("DESIRED")><th scope="col">${t("indicator.column.DESIRED")}</th></#if>
    <#if shown("SIGNAL")><th scope="col">${t("indicator.column.SIGNAL")}</th></#if>
    <#if shown("TREND")><th scope="col">${t("indicator.column.TREND")}</th></#if>
    <#if shown("RANK")><th scope="col">${t("indicator.column.RANK")}</th></#if>
  </tr></thead>
  <tbody>
  <#list grp.rows() as r>
  <#assign f = r.figures()><#assign i = f.indicator()><#assign s = f.signal()>
  <tr>
    <#if shown("TARGET")><td><#if r.target()??>${r.target().code()} <@g.text r.target().label(lang.code())/></#if></td></#if>
    <#if shown("DIMENSION")><td><#if r.target()??><@g.dimensions r.target()/></#if></td></#if>
    <#if shown("KEYWORD")><td>${i.keyword()}</td></#if>
    <th scope="row"><#if published>${i.title()}<#else><a href="/indicators/${i.id()?c}">${i.title()}</a></#if></th>
    <#if shown("LATEST")><td><@p.sparkline f=f/> <@p.latest s=s unit=i.unit()/></td></#if>
    <#if shown("COMPARISON")><td><#if s.national()??>${t("indicator.series.national")} ${fmt.number(s.national())}</#if><#if s.comparisonMean()??><br>${t("indicator.series.comparison")} ${fmt.number(s.comparisonMean())}</#if></td></#if>
    <#if shown("STEERING")><td>${i.steeringDocument()}</td></#if>
    <#if shown("DESIRED")><td><#if r.desired()??>${fmt.number(r.desired().value())} (${r.desired().year()?c})<#if r.desired().note()?has_content><br>${r.desired().note()}</#if></#if></td></#if>
    <#if shown("SIGNAL")><td><@p.signal s=s/></td></#if>
    <#if shown("TREND")><td><@p.trend s=s/></td></#if>
    <#if shown("RANK")><td><@p.rank s=s/></td></#if>
  </tr>
  </#list>
  </tbody>
</table>
</div>
</#list>
<p class="hint">${t("indicator.kolada.source-where")}</p>
<#else>
<p>${t("indicator.none")}</p>
</#if>
</@layout.page>
