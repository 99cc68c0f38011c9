<#-- The relevance scoring activity (issue 19): the participant's form (a level per target on the relevance
     assessment's scale), the results (counts per level, mean, spread, disagreement, the agreed level; a table with
     every value written out) and, on the facilitator's run page, the form to set the agreed levels and the link
     to send them to a relevance round. -->
<#import "../parts.ftl" as p>
<#import "../../forms.ftl" as f>

<#assign levels = ["NOT_RELEVANT", "LOW", "MEDIUM", "HIGH"]>

<#macro form a id>
<#local targets = matrixTargets[id]>
<#local s = a.scoring()>
<form method="post" action="/w/${workshop.code()}/input" class="form" data-live-form>
  <@p.hidden a "RELEVANCE"/>
  <p class="hint">${t("workshop.relevance.how")}</p>
  <#list targets as target>
  <#local mine = s.mine(target?index)!-1>
  <fieldset class="scale">
    <legend><@p.targetName target/></legend>
    <#list levels as level>
    <div class="radio radio--scale">
      <input type="radio" id="level-${id}-${target?index?c}-${level?index?c}" name="level-${target?index?c}" value="${level?index?c}"<#if mine == level?index> checked</#if>>
      <label for="level-${id}-${target?index?c}-${level?index?c}">${t("relevance.level." + level)}</label>
    </div>
    </#list>
  </fieldset>
  </#list>
  <button type="submit" class="button">${t("workshop.relevance.submit")}</button>
</form>
</#macro>

<#macro results a kind>
<#local id = a.activity().id()?c>
<#local targets = matrixTargets[id]>
<#local s = a.scoring()>
<#if a.showResults()>
<h3>${t("workshop.results")}</h3>
<p>${t("workshop.respondents.plural", s.respondents())}</p>
<div class="table-scroll">
<table class="relevance-scoring">
  <caption>${t("workshop.relevance.caption")}</caption>
  <thead><tr><th scope="col">${t("workshop.relevance.target")}</th><#list levels as level><th scope="col">${t("relevance.level." + level)}</th></#list>
    <th scope="col">${t("workshop.relevance.mean")}</th><th scope="col">${t("workshop.relevance.spread")}</th><th scope="col">${t("workshop.relevance.agreed")}</th></tr></thead>
  <tbody>
  <#list s.lines() as line><#if line.index() lt targets?size>
  <tr>
    <th scope="row"><@p.targetName targets[line.index()]/></th>
    <#list line.counts() as c><td>${c}</td></#list>
    <td><#if line.count() gt 0>${fmt.number(line.mean())}<#else>–</#if></td>
    <td><#if line.count() gt 0>${line.spread()}<#if line.disagreement()> <strong class="heat__flag">${t("workshop.relevance.disagreement")}</strong></#if><#else>–</#if></td>
    <td><#if line.agreedName()??><strong>${t("relevance.level." + line.agreedName())}</strong><#else>${t("workshop.relevance.not-agreed")}</#if></td>
  </tr>
  </#if></#list>
  </tbody>
</table>
</div>
<p class="hint">${t("workshop.relevance.results-hint")}</p>
</#if>
<#if a.facilitator() && !(presenter!false) && !(report!false)><@agreedForm a targets s/></#if>
</#macro>

<#-- The facilitator sets the agreed level per target (blank: none yet), then sends them to a round. -->
<#macro agreedForm a targets s>
<#local id = a.activity().id()?c>
<details class="panel"<#if s.respondents() gt 0 && !s.anyAgreed()> open</#if>>
  <summary>${t("workshop.relevance.agree")}</summary>
  <form method="post" action="/workshops/${workshop.id()?c}/control" class="form">
    <@f.csrfField/>
    <input type="hidden" name="action" value="AGREED">
    <input type="hidden" name="activity" value="${id}">
    <#list s.lines() as line><#if line.index() lt targets?size>
    <div class="field">
      <label for="agreed-${id}-${line.index()?c}"><@p.targetName targets[line.index()]/></label>
      <select id="agreed-${id}-${line.index()?c}" name="agreed-${line.index()?c}">
        <option value="">${t("workshop.relevance.not-agreed")}</option>
        <#list levels as level><option value="${level?index?c}"<#if (line.agreed()!-1) == level?index> selected</#if>>${t("relevance.level." + level)}</option></#list>
      </select>
    </div>
    </#if></#list>
    <button type="submit" class="button button--quiet">${t("workshop.relevance.agree-submit")}</button>
  </form>
  <p><a href="/workshops/${workshop.id()?c}/activities/${id}/relevance">${t("workshop.relevance.send-link")}</a></p>
</details>
</#macro>

<#-- The report as XHTML for the PDF: one row per target. -->
<#macro pdf a>
<#local targets = matrixTargets[a.activity().id()?c]>
<#local s = a.scoring()>
<p>${t("workshop.respondents.plural", s.respondents())}</p>
<table>
  <tr><th>${t("workshop.relevance.target")}</th><#list levels as level><th>${t("relevance.level." + level)}</th></#list><th>${t("workshop.relevance.mean")}</th><th>${t("workshop.relevance.spread")}</th><th>${t("workshop.relevance.agreed")}</th></tr>
  <#list s.lines() as line><#if line.index() lt targets?size>
  <tr><th>${targets[line.index()].code()}</th><#list line.counts() as c><td>${c}</td></#list><td>${fmt.number(line.mean())}</td><td>${line.spread()}<#if line.disagreement()> !</#if></td>
    <td><#if line.agreedName()??>${t("relevance.level." + line.agreedName())}</#if></td></tr>
  </#if></#list>
</table>
</#macro>
