<#-- The word cloud activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>
<#import "../present-parts.ftl" as s>

<#macro form a id>
    <@p.textForm a "WORD" t("workshop.words.label") t("workshop.send")/>
</#macro>

<#macro results a kind>
  <#if a.showResults()>
  <h3>${t("workshop.results")}</h3>
  <ul class="word-cloud">
  <#list a.words() as w><li class="word word--${(w.percent() / 25)?floor}"><bdi>${w.label()}</bdi> <span class="word__count">(${w.count()})</span></li></#list>
  </ul>
  </#if>
</#macro>

<#-- On the big screen: a cloud sized by frequency, laid out the same on every screen, and the words counted in a table. -->
<#macro present a>
<#if a.resultsShown()>
<#local cloud = a.cloud()>
<#if cloud.words()?has_content>
<svg xmlns="http://www.w3.org/2000/svg" class="cloud" viewBox="0 0 ${cloud.width()?c} ${cloud.height()?c}" role="img" aria-labelledby="cloud-${a.activity().id()?c}-title" focusable="false">
  <title id="cloud-${a.activity().id()?c}-title">${t("workshop.present.cloud-title.plural", a.activity().title(), cloud.words()?size)}</title>
  <#list cloud.words() as w><text x="${w.x()?c}" y="${w.y()?c}" font-size="${w.size()?c}" textLength="${w.length()?c}" lengthAdjust="spacingAndGlyphs" text-anchor="middle" class="cloud__word cloud__word--${(w.rank() % 5)?c}"<#if w.rtl()> direction="rtl"</#if>>${w.text()}</text></#list>
</svg>
<#-- in a hidden box: a table keeps its content's size whatever its own, and would lengthen the screen -->
<div class="visually-hidden">
<table>
  <caption>${t("workshop.present.cloud-table", a.activity().title())}</caption>
  <thead><tr><th scope="col">${t("workshop.present.word")}</th><th scope="col">${t("workshop.present.times")}</th></tr></thead>
  <tbody><#list a.words() as w><tr><th scope="row"><bdi>${w.label()}</bdi></th><td>${w.count()}</td></tr></#list></tbody>
</table>
</div>
<#else><p class="stage__waiting">${t("workshop.none-yet")}</p></#if>
<#else><@s.answered a/></#if>
</#macro>
