<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as c>
<#assign base = "/consequence/cases/" + kase.id()?c>
<#assign altName = alternative.doNothing()?then(t("consequence.do-nothing"), t("consequence.alternative.letter", alternative.letter()) + ": " + alternative.title())>
<#assign here = base + "/assess/" + alternative.id()?c + "/" + horizon.name()?lower_case>
<@layout.page title=t("consequence.assess.title", altName, t(horizon.key()))>
<@c.caseNav kase ""/>
<#if done?has_content><@f.notice "consequence.done." + done/></#if>
<p>${t("consequence.assess.lead")}</p>
<nav aria-label="${t("consequence.assess.other")}"><ul class="inline-list">
<#list alternatives as a><#list horizons as h><#if a.id() != alternative.id() || h != horizon>
<li><a href="${base}/assess/${a.id()?c}/${h.name()?lower_case}">${a.doNothing()?then(t("consequence.do-nothing"), t("consequence.alternative.letter", a.letter()))}, ${t(h.key())}</a></li>
</#if></#list></#list>
</ul></nav>
<@f.errorSummary errors/>
<#if alternative.doNothing()>
<section class="panel" aria-labelledby="projections-heading">
<h2 id="projections-heading">${t("consequence.prefill.title")}</h2>
<#if projections?has_content>
<ul>
<#list projections as p><li><a href="${p[0].projection().href()}">${p[0].target().code()}</a>: <span dir="auto">${p[1]}</span> – <@c.rating p[0].rating()/></li></#list>
</ul>
<#if canManage>
<form method="post" action="${base}/prefill" class="form">
  <@f.csrfField/>
  <p class="hint" id="prefill-hint">${t("consequence.prefill.hint")}</p>
  <button type="submit" class="button button--quiet" aria-describedby="prefill-hint">${t("consequence.prefill.button")}</button>
</form>
</#if>
<#else><p>${t("consequence.prefill.none")}</p></#if>
</section>
</#if>
<#list groups as group>
<#assign groupLines = lines?filter(l -> l.group() == group)>
<#if groupLines?has_content>
<h2>${t(group.key())}</h2>
<#if group.name() == "SOCIETAL"><@c.interactionList interactions "s-"/></#if>
<#list groupLines as line>
<#assign k = line.key()>
<#assign cell = cells[k]>
<#assign mine = cell.viewOf(me)!>
<section class="panel cell" id="a-${k}" aria-labelledby="h-${k}">
  <h3 id="h-${k}">${c.aspectName(line)}</h3>
  <p>${t("consequence.cell.value")}: <@c.cellValue cell/><#if cell.settled()> – ${t("consequence.cell.settled-by", cell.agreedBy())}: <span dir="auto">${cell.agreed().note()}</span></#if></p>
  <#if cell.disagreement()><p class="problem" role="note">${t("consequence.cell.disagreement")}</p></#if>
  <#if cell.views()?has_content>
  <ul class="views">
  <#list cell.views() as v><li><bdi>${v.assessor()}</bdi>: <@c.rating v.row().rating()/><#if v.row().reason()?has_content> – <span dir="auto">${v.row().reason()}</span></#if><#if v.row().evidence()?has_content> (${t("consequence.field.evidence")}: <span dir="auto">${v.row().evidence()}</span>)</#if></li></#list>
  </ul>
  </#if>
  <#if canManage>
  <#assign ratingValue = typed[k + "-rating"]!((mine?has_content)?then(mine.row().rating().name(), ""))>
  <#assign options = []><#list ratings as r><#assign options = options + [[r.name(), r.symbol() + " " + t(r.key())]]></#list>
  <div class="field<#if errors.has(k + "-rating")> field--error</#if>">
    <label for="${k}-rating">${t("consequence.field.my-rating")}</label>
    <#if errors.has(k + "-rating")><p class="field-error" id="${k}-rating-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields[k + "-rating"])}</p></#if>
    <select id="${k}-rating" name="${k}-rating" form="mine"<#if errors.has(k + "-rating")> aria-invalid="true" aria-describedby="${k}-rating-error"</#if>>
      <option value="">${t("consequence.rating.none")}</option>
      <#list options as o><option value="${o[0]}"<#if o[0] == ratingValue> selected</#if>>${o[1]}</option></#list>
    </select>
  </div>
  <div class="field<#if errors.has(k + "-reason")> field--error</#if>">
    <label for="${k}-reason">${t("consequence.field.reason")}</label>
    <#if errors.has(k + "-reason")><p class="field-error" id="${k}-reason-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields[k + "-reason"])}</p></#if>
    <textarea id="${k}-reason" name="${k}-reason" rows="2" form="mine" maxlength="4000"<#if errors.has(k + "-reason")> aria-invalid="true" aria-describedby="${k}-reason-error"</#if>>${typed[k + "-reason"]!((mine?has_content)?then(mine.row().reason(), ""))}</textarea>
  </div>
  <div class="field<#if errors.has(k + "-evidence")> field--error</#if>">
    <label for="${k}-evidence">${t("consequence.field.evidence")}</label>
    <p class="hint" id="${k}-evidence-hint">${t("consequence.field.evidence-hint")}</p>
    <input id="${k}-evidence" name="${k}-evidence" type="text" form="mine" maxlength="2000" value="${typed[k + "-evidence"]!((mine?has_content)?then(mine.row().evidence(), ""))}" aria-describedby="${k}-evidence-hint<#if errors.has(k + "-evidence")> ${k}-evidence-error</#if>">
    <#if errors.has(k + "-evidence")><p class="field-error" id="${k}-evidence-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields[k + "-evidence"])}</p></#if>
  </div>
  </#if>
  <#if canSettle && !cell.empty()>
  <#assign sf = "settle-" + k>
  <form method="post" action="${here}/settle" class="form settle" novalidate>
    <@f.csrfField/>
    <input type="hidden" name="aspect" value="${k}">
    <#assign settledValue = typed[sf + "-rating"]!((cell.agreed()??)?then(cell.agreed().rating().name(), ""))>
    <@f.select errors=errors name=sf + "-rating" label=t("consequence.field.agreed", c.aspectName(line)) options=options selected=settledValue empty=t("consequence.rating.none")/>
    <@f.textarea errors=errors name=sf + "-note" label=t("consequence.field.note") value=typed[sf + "-note"]!((cell.agreed()??)?then(cell.agreed().note(), "")) maxlength=4000/>
    <button type="submit" class="button button--quiet">${t("consequence.settle")}</button>
  </form>
  </#if>
</section>
</#list>
</#if>
</#list>
<#if canManage>
<form method="post" action="${here}" id="mine" class="form" novalidate>
  <@f.csrfField/>
  <button type="submit" class="button">${t("consequence.assess.save")}</button>
</form>
</#if>
</@layout.page>
