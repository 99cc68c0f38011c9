<#import "../../layout.ftl" as layout>
<#import "../../forms.ftl" as f>
<#import "../../goals/parts.ftl" as g>
<#import "../../charts.ftl" as ch>
<@layout.page title=t("dialogue.results.title", title.value())>
<p class="breadcrumbs"><a href="/dialogues/${dialogue.id()?c}">${t("dialogue.results.back")}</a></p>
<#assign filtered = !filter.isAll()>
<form method="get" action="/dialogues/${dialogue.id()?c}/results" class="form form--row results-filter" aria-labelledby="filter-heading">
  <h2 id="filter-heading">${t("dialogue.results.filter")}</h2>
  <#list filters as choice>
  <div class="field">
    <label for="filter-${choice.param}">${choice.label}</label>
    <select id="filter-${choice.param}" name="${choice.param}">
      <option value="">${t("dialogue.results.everyone")}</option>
      <#list choice.options as o><option value="${o[0]}"<#if choice.selected == o[0]> selected</#if>>${o[1]}</option></#list>
    </select>
  </div>
  </#list>
  <div class="field">
    <label for="filter-answered">${t("dialogue.results.answered-in")}</label>
    <select id="filter-answered" name="answered">
      <option value="">${t("dialogue.results.all-languages")}</option>
      <#list uiLanguages as l><#if dialogue.languages()?seq_contains(l.code())><option value="${l.code()}"<#if (filter.lang()!"") == l.code()> selected</#if>>${l.nativeName()}</option></#if></#list>
    </select>
  </div>
  <button type="submit" class="button">${t("dialogue.results.apply")}</button>
  <#if filtered><a href="/dialogues/${dialogue.id()?c}/results">${t("dialogue.results.clear")}</a></#if>
</form>

<p class="lead" role="status"><#if filtered>${t("dialogue.results.respondents-filtered.plural", summary.respondents())}<#else>${t("dialogue.results.respondents.plural", summary.respondents(), summary.inProgress())}</#if></p>
<#if done == "contacts-erased"><@f.notice "dialogue.results.contacts-erased"/></#if>
<#if contacts gt 0>
<p>${t("dialogue.results.contacts.plural", contacts)}</p>
<#if canEdit>
<ul class="actions plain-list">
  <li><a href="/dialogues/${dialogue.id()?c}/contacts.csv" download>${t("dialogue.results.contacts-download")}</a></li>
  <li><form method="post" action="/dialogues/${dialogue.id()?c}/contacts/erase" class="inline-form"><@f.csrfField/><button type="submit" class="button button--small button--danger">${t("dialogue.results.contacts-erase")}</button></form></li>
</ul>
</#if>
</#if>
<#if canEdit>
<ul class="actions plain-list">
  <li><a href="/dialogues/${dialogue.id()?c}/export.xlsx" download>${t("dialogue.results.export-xlsx")}</a></li>
  <li><a href="/dialogues/${dialogue.id()?c}/export.csv" download>${t("dialogue.results.export-csv")}</a></li>
  <li><a href="/api/v1/dialogues/${dialogue.id()?c}/results<#if filter.query()?has_content>?${filter.query()}</#if>">${t("dialogue.results.json")}</a></li>
</ul>
</#if>

<#if summary.representation()?has_content>
<section aria-labelledby="representation-heading">
  <h2 id="representation-heading">${t("dialogue.results.representation")}</h2>
  <p>${t("dialogue.results.representation-lead")}</p>
  <#list summary.representation() as rep>
  <#assign pairs = charts.paired("rep-chart-" + rep.questionKey(), t("dialogue.results.representation-chart") + ": " + rep.question().value(), t("dialogue.results.representation-chart-desc"), t("dialogue.results.share-answers"), t("dialogue.results.share-population"))>
  <#list rep.groups() as group><#assign pairs = pairs.pair(group.label().value(), group.respondentPercent(), fmt.number(group.respondentPercent()?round) + " %", group.populationPercent()!0, (group.populationPercent()??)?then(fmt.number((group.populationPercent()!0)?round) + " %", "–"), group.underRepresented()?then(t("dialogue.results.under"), ""))></#list>
  <@ch.figure chart=pairs table="none"/>
  <div class="table-wrap" tabindex="0" role="region" aria-labelledby="representation-heading rep-${rep.questionKey()}">
  <table>
    <caption id="rep-${rep.questionKey()}"><@g.text rep.question()/></caption>
    <thead><tr><th scope="col">${t("dialogue.results.group")}</th><th scope="col">${t("dialogue.results.answers")}</th><th scope="col">${t("dialogue.results.share-answers")}</th><th scope="col">${t("dialogue.results.share-population")}</th><th scope="col">${t("dialogue.results.assessment")}</th></tr></thead>
    <tbody>
    <#list rep.groups() as group>
      <tr<#if group.underRepresented()> class="row--flag"</#if>><th scope="row"><@g.text group.label()/></th><td>${fmt.number(group.respondents())}</td><td>${fmt.number(group.respondentPercent()?round)} %</td>
        <td><#if group.populationPercent()??>${fmt.number(group.populationPercent()?round)} %<#else>–</#if></td>
        <td><#if group.underRepresented()><strong>${t("dialogue.results.under")}</strong><#elseif group.populationPercent()??>${t("dialogue.results.ok")}<#else>${t("dialogue.results.no-population")}</#if></td></tr>
    </#list>
    </tbody>
  </table>
  </div>
  <#if rep.notSaid() gt 0><p class="hint">${t("dialogue.results.not-said.plural", rep.notSaid())}</p></#if>
  </#list>
</section>
</#if>

<section aria-labelledby="questions-heading">
<h2 id="questions-heading">${t("dialogue.results.questions")}</h2>
<#list summary.questions() as q>
<article class="result" id="question-${q.key()}" aria-labelledby="question-${q.key()}-title">
  <h3 id="question-${q.key()}-title"><@g.text q.text()/></h3>
  <#if q.earlierVersion()><p class="hint">${t("dialogue.results.earlier-version")}</p></#if>
  <p>${t("dialogue.results.question-respondents.plural", q.respondents())}<#if q.average()??> · ${t("dialogue.results.average", fmt.number(q.average()))}</#if><#if q.min()?? && q.type() == "NUMBER"> · ${t("dialogue.results.range", fmt.number(q.min()), fmt.number(q.max()))}</#if></p>
  <#if q.minLabel()?? || q.maxLabel()??><p class="hint"><#if q.minLabel()??>${q.options()?first.key()} = <@g.text q.minLabel()/></#if><#if q.maxLabel()??>, ${q.options()?last.key()} = <@g.text q.maxLabel()/></#if></p></#if>
  <#if q.options()?has_content>
  <#assign bars = charts.bars("chart-" + q.key(), q.text().value(), t("dialogue.results.chart-desc")).axes(t("dialogue.results.answers"), "")>
  <#list q.options() as o><#assign bars = bars.bar((o.labelKey()??)?then(t(o.labelKey()!""), o.label().value()), o.count(), fmt.number(o.count()) + " (" + fmt.number(o.percent()?round) + " %)")></#list>
  <@ch.figure chart=bars table="none"/>
  <div class="table-wrap" tabindex="0" role="region" aria-labelledby="question-${q.key()}-title">
  <table class="result__table">
    <caption class="visually-hidden"><@g.text q.text()/></caption>
    <thead><tr><th scope="col">${(q.type() == "RANKING")?then(t("dialogue.results.option-ranked"), t("dialogue.results.option"))}</th><#if q.type() == "RANKING"><th scope="col">${t("dialogue.results.average-rank")}</th></#if><th scope="col">${t("dialogue.results.answers")}</th><th scope="col">${t("dialogue.results.percent")}</th></tr></thead>
    <tbody>
    <#list q.options() as o>
      <tr><th scope="row"><#if o.labelKey()??>${t(o.labelKey())}<#else><@g.text o.label()/></#if></th><#if q.type() == "RANKING"><td><#if o.averageRank()??>${fmt.number(o.averageRank())}<#else>–</#if></td></#if><td>${fmt.number(o.count())}</td><td>${fmt.number(o.percent()?round)} %</td></tr>
    </#list>
    </tbody>
  </table>
  </div>
  </#if>
  <#if q.type() == "SHORT_TEXT" || q.type() == "LONG_TEXT">
  <p><a href="/dialogues/${dialogue.id()?c}/results/texts/${q.key()}<#if filter.query()?has_content>?${filter.query()}</#if>">${t("dialogue.results.read-texts", q.respondents())}</a></p>
  <#elseif q.options()?filter(o -> o.key() == "other")?has_content>
  <p><a href="/dialogues/${dialogue.id()?c}/results/texts/${q.key()}<#if filter.query()?has_content>?${filter.query()}</#if>">${t("dialogue.results.read-other")}</a></p>
  </#if>
</article>
</#list>
</section>
</@layout.page>
