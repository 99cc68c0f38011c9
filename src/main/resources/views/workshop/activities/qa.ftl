<#-- The qa activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>
<#import "../present-parts.ftl" as s>

<#macro form a id>
    <@p.textForm a "QUESTION" t("workshop.qa.label") t("workshop.qa.submit")/>
    <#if a.config().moderated()><p class="hint">${t("workshop.qa.moderated")}</p></#if>
</#macro>

<#macro results a kind>
<@p.board a kind/>
</#macro>

<#-- On the big screen: the questions by votes, the answered ones apart. -->
<#macro present a>
<#if !a.unanswered()?has_content && !a.answeredItems()?has_content><p class="stage__waiting">${t("workshop.none-yet")}</p><#else>
<div class="columns columns--qa">
  <section class="column column--wide" aria-labelledby="qa-${a.activity().id()?c}-open">
    <h3 id="qa-${a.activity().id()?c}-open" class="column__title">${t("workshop.present.questions")} <span class="column__count">(${a.unanswered()?size})</span></h3>
    <ol class="cards"><#list a.unanswered() as i><#if i?index lt 8><@s.card i/></#if></#list></ol>
  </section>
  <#if a.answeredItems()?has_content>
  <section class="column column--answered" aria-labelledby="qa-${a.activity().id()?c}-answered">
    <h3 id="qa-${a.activity().id()?c}-answered" class="column__title">${t("workshop.present.answered")} <span class="column__count">(${a.answeredItems()?size})</span></h3>
    <ul class="cards"><#list a.answeredItems() as i><#if i?index lt 6><@s.card i/></#if></#list></ul>
  </section>
  </#if>
</div>
</#if>
</#macro>
