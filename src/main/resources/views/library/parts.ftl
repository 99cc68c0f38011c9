<#-- Parts of the library's pages: a text in the language it is really in, a hit in a list, a status tag. -->

<#-- A text of an example in language l: marked with its own lang when it differs from the page's. -->
<#macro inLang l><#if l != lang.code()><span lang="${l}" dir="auto"><#nested></span><#else><#nested></#if></#macro>

<#macro status example><#if example.status() != "PUBLISHED"><span class="tag tag--status">${t("library.status." + example.status())}</span></#if></#macro>

<#-- An ExampleIndex.Hit; the snippet is HTML the index escaped and marked up with <mark>. -->
<#macro hit h labels headingLevel=3>
<article class="hit">
  <h${headingLevel} class="hit__title"><a href="/library/examples/${h.id()?c}"><@inLang h.titleLang()>${h.title()}</@inLang></a></h${headingLevel}>
  <#if h.snippet()?has_content><p class="hit__snippet"><@inLang h.snippetLang()>${h.snippet()?no_esc}</@inLang></p></#if>
  <p class="hit__meta">${h.organisation()}<#if h.municipality()?has_content && h.municipality() != h.organisation()> · ${h.municipality()}</#if><#if h.period()?has_content> · ${h.period()}</#if></p>
  <#assign targets = labels.targets(h.targets())>
  <#if targets?has_content>
  <ul class="hit__targets" aria-label="${t("library.targets")}">
    <#list targets as target><li><span class="goal-code">${target.code}</span> <#if target.label.lang() != lang.code()><span lang="${target.label.lang()}">${target.label.value()}</span><#else>${target.label.value()}</#if></li></#list>
  </ul>
  </#if>
</article>
</#macro>
