<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "../goals/parts.ftl" as g>
<#import "parts.ftl" as r>
<#assign round = result.round()>
<#assign base = "/relevance/rounds/" + round.id()?c>
<@layout.page title=t("relevance.result.page-title", round.title(), round.year()?c)>
<p><a href="${base}">${t("relevance.result.back")}</a></p>
<#if done?has_content><@f.notice "relevance.done." + done/></#if>
<@r.closedNotice round/>
<@f.errorSummary errors/>
<p class="lead">${t("relevance.result.lead")}</p>

<h2 id="priorities-heading">${t("relevance.result.priorities")}</h2>
<#if result.priorities()?has_content>
<ul>
<#list result.priorities() as line>
  <li><a href="#t-${line.target().id()?c}">${line.target().code()} <@g.text line.target().label(lang.code())/></a>: ${line.decision().justification()}</li>
</#list>
</ul>
<#else><p>${t("relevance.result.priorities.none")}</p></#if>

<h2 id="candidates-heading">${t("relevance.result.candidates")}</h2>
<p>${t("relevance.result.candidates.hint")}</p>
<#if result.candidates()?has_content>
<div class="table-wrap">
<table aria-labelledby="candidates-heading">
  <thead><tr><th scope="col">${t("relevance.result.target")}</th><th scope="col">${t("relevance.result.overall")}</th><th scope="col">${t("relevance.field.control")}</th><th scope="col">${t("relevance.result.voices")}</th><th scope="col">${t("relevance.result.score")}</th><#if canManage><th scope="col"><span class="visually-hidden">${t("relevance.result.decide")}</span></th></#if></tr></thead>
  <tbody>
  <#list result.candidates() as c>
  <tr><th scope="row">${c.line().target().code()} <@g.text c.line().target().label(lang.code())/></th>
    <td>${t("relevance.level." + c.line().overall().valueName())}</td>
    <td><#if c.line().controlName()?has_content>${t("relevance.control." + c.line().controlName())}<#else>${t("relevance.control.none")}</#if></td>
    <td><@r.voices c.line()/></td>
    <td>${c.score()}<br><span class="hint">${t("relevance.score.from")} <#list c.parts() as part>${t("relevance.score." + part.key(), part.points(), part.count())}<#sep>; </#sep></#list></span></td>
    <#if canManage><td><a href="${base}/decisions/${c.line().target().id()?c}">${t("relevance.result.decide-on", c.line().target().code())}</a></td></#if></tr>
  </#list>
  </tbody>
</table>
</div>
<#else><p>${t("relevance.result.candidates.none")}</p></#if>

<h2 id="swot">${t("relevance.swot.title")}</h2>
<p>${t("relevance.swot.hint")}</p>
<#list dimensions as d>
<#assign points = swot?filter(p -> p.row().dimension().name() == d)>
<h3 id="swot-${d?lower_case}">${t("goals.dimension." + d)}</h3>
<#if points?has_content>
<div class="table-wrap">
<table aria-labelledby="swot-${d?lower_case}">
  <thead><tr><th scope="col">${t("relevance.swot.kind")}</th><th scope="col">${t("relevance.swot.text")}</th><th scope="col">${t("relevance.swot.targets")}</th><th scope="col">${t("relevance.swot.evidence")}</th><#if canManage><th scope="col"><span class="visually-hidden">${t("relevance.swot.remove")}</span></th></#if></tr></thead>
  <tbody>
  <#list points as p>
  <tr><th scope="row">${t("relevance.swot.kind." + p.row().kind().name())}</th><td>${p.row().text()}</td>
    <td><#list p.targets() as target><a href="${base}/decisions/${target.id()?c}">${target.code()}</a><#sep>, </#sep></#list></td>
    <td><@r.citedEvidence p/><#if canManage && p.targets()?has_content><a href="${base}/swot/${p.row().id()?c}/evidence">${t("relevance.swot.cite")}<span class="visually-hidden">: ${p.row().text()}</span></a></#if></td>
    <#if canManage><td><form method="post" action="${base}/swot/${p.row().id()?c}/delete"><@f.csrfField/><button type="submit" class="button button--quiet">${t("relevance.swot.remove")}<span class="visually-hidden">: ${p.row().text()}</span></button></form></td></#if></tr>
  </#list>
  </tbody>
</table>
</div>
<#else><p>${t("relevance.swot.none")}</p></#if>
</#list>
<#if canManage>
<h3 id="swot-add">${t("relevance.swot.add")}</h3>
<form method="post" action="${base}/swot" class="form" novalidate aria-labelledby="swot-add">
  <@f.csrfField/>
  <#assign dimOptions = []><#list dimensions as d><#assign dimOptions = dimOptions + [[d, t("goals.dimension." + d)]]></#list>
  <@f.select errors=errors name="dimension" label=t("relevance.result.dimension") options=dimOptions selected=swotForm.dimensionName() empty=t("relevance.swot.choose") required=true/>
  <#assign kindOptions = []><#list swotKinds as k><#assign kindOptions = kindOptions + [[k, t("relevance.swot.kind." + k)]]></#list>
  <@f.select errors=errors name="kind" label=t("relevance.swot.kind") options=kindOptions selected=swotForm.kindName() empty=t("relevance.swot.choose") required=true/>
  <@f.textarea errors=errors name="text" label=t("relevance.swot.text") value=swotForm.text()!"" required=true maxlength=1000/>
  <@f.input errors=errors name="targets" label=t("relevance.swot.targets") value=swotForm.targets()!"" hint=t("relevance.swot.targets-hint") maxlength=1000/>
  <button type="submit" class="button">${t("relevance.swot.save")}</button>
</form>
</#if>

<h2 id="balance-heading">${t("relevance.result.balance")}</h2>
<div class="table-wrap">
<table aria-labelledby="balance-heading">
  <thead><tr><th scope="col">${t("relevance.result.dimension")}</th><th scope="col">${t("relevance.result.balance.count")}</th></tr></thead>
  <tbody>
  <#list result.dimensionBalance() as d, n><tr><th scope="row">${t("goals.dimension." + d)}</th><td>${n}</td></tr></#list>
  </tbody>
</table>
</div>

<#if round.previousRoundId()??>
<h2 id="changes-heading">${t("relevance.result.changes")}</h2>
<#if result.changes()?has_content>
<ul>
<#list result.changes() as line>
  <li>${line.target().code()} <@g.text line.target().label(lang.code())/>: ${t("relevance.result.changed", t("relevance.level." + (line.previous().valueName()?has_content)?then(line.previous().valueName(), "NONE")), t("relevance.level." + (line.overall().valueName()?has_content)?then(line.overall().valueName(), "NONE")))}</li>
</#list>
</ul>
<#else><p>${t("relevance.result.changes.none")}</p></#if>
</#if>

<h2 id="heatmap-heading">${t("relevance.result.heatmap")}</h2>
<p>${t("relevance.result.heatmap.hint")}</p>
<#list result.frameworks() as fw>
<h3 id="hm-${fw.key()}"><@g.text fw.name(lang.code())/></h3>
<div class="table-scroll">
<table class="heatmap" aria-labelledby="hm-${fw.key()}">
  <thead><tr><th scope="col">${t("relevance.result.target")}</th><#list result.units() as u><th scope="col"><bdi>${u.name()}</bdi></th></#list><th scope="col">${t("relevance.result.overall")}</th><th scope="col">${t("relevance.result.derived")}</th><th scope="col">${t("relevance.prioritised")}</th></tr></thead>
  <tbody>
  <#list result.blocks()[fw.key()] as block>
  <#if block.goal().children()?has_content>
  <tr><th scope="colgroup" colspan="${result.units()?size + 4}">${block.goal().code()} <@g.text block.goal().label(lang.code())/></th></tr>
  </#if>
  <#list block.lines() as line>
  <tr id="t-${line.target().id()?c}">
    <th scope="row"><#if canManage><a href="${base}/decisions/${line.target().id()?c}">${line.target().code()} <@g.text line.target().label(lang.code())/></a><#else>${line.target().code()} <@g.text line.target().label(lang.code())/></#if></th>
    <#list line.cells() as cell><@r.heatCell cell!/></#list>
    <@r.heatCell line.overall().value()!/>
    <td><#if line.overall().decided()>${t("relevance.result.derived.decided", line.overall().reason())}<#elseif line.overall().value()??>${t("relevance.result.derived.highest")}<#else>–</#if></td>
    <td><#if line.prioritised()>${t("relevance.prioritised")}<#else>–</#if></td>
  </tr>
  </#list>
  </#list>
  </tbody>
</table>
</div>
</#list>
</@layout.page>
