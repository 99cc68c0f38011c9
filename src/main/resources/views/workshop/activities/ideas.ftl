<#-- The ideas activity: the participant's form and the results. -->
<#import "../parts.ftl" as p>
<#import "../present-parts.ftl" as s>

<#macro form a id>
    <@p.textForm a "IDEA" t("workshop.ideas.label") t("workshop.ideas.submit")/>
</#macro>

<#macro results a kind>
<@p.board a kind/>
</#macro>

<#-- On the big screen: the ideas as cards in a column per theme (the unthemed last), most votes first. -->
<#macro present a>
<#local themes = a.themes()>
<#if !themes?has_content && !a.unthemed()?has_content><p class="stage__waiting">${t("workshop.none-yet")}</p><#else>
<div class="columns">
<#list themes as theme, items>
  <section class="column" aria-labelledby="theme-${a.activity().id()?c}-${theme?index?c}">
    <h3 id="theme-${a.activity().id()?c}-${theme?index?c}" class="column__title" dir="auto">${theme} <span class="column__count">(${items?size})</span></h3>
    <ul class="cards"><#list items?sort_by("votes")?reverse as i><@s.card i/></#list></ul>
  </section>
</#list>
<#if a.unthemed()?has_content>
  <section class="column" aria-labelledby="theme-${a.activity().id()?c}-none">
    <h3 id="theme-${a.activity().id()?c}-none" class="column__title">${themes?has_content?then(t("workshop.ideas.unthemed"), t("workshop.present.ideas"))} <span class="column__count">(${a.unthemed()?size})</span></h3>
    <ul class="cards"><#list a.unthemed()?sort_by("votes")?reverse as i><@s.card i/></#list></ul>
  </section>
</#if>
</div>
</#if>
</#macro>
