<#import "../../layout.ftl" as layout>
<#import "parts.ftl" as d>
<@layout.page title=title.value() titleLang=title.lang() docTitle=t("dialogue.progress", pageNumber, pageCount) + " – " + title.value()>
<p class="progress-text" id="progress">${t("dialogue.progress", pageNumber, pageCount)}</p>
<progress class="progress" max="${pageCount}" value="${pageNumber}" aria-labelledby="progress"></progress>
<#if page.fallback()><p class="notice notice--language">${t("dialogue.fallback-note")}</p></#if>
<@d.errorSummary errors page/>
<form method="post" action="${action}" class="form dialogue-form" novalidate>
  <input type="hidden" name="_csrf" value="${csrf}">
  <@d.honeypot/>
  <h2><@d.text page.title()/></h2>
  <#if page.intro()??><@d.paragraphs page.intro()/></#if>
  <#list page.questions() as q><@d.question q/></#list>
  <div class="actions dialogue-actions">
    <#if last>
    <button type="submit" class="button" name="action" value="next">${t("dialogue.send")}</button>
    <#else>
    <button type="submit" class="button" name="action" value="next">${t("dialogue.next")}</button>
    </#if>
    <#if pageNumber gt 1><button type="submit" class="button button--quiet" name="action" value="back">${t("dialogue.back")}</button></#if>
    <button type="submit" class="button button--quiet" name="action" value="later">${t("dialogue.later")}</button>
  </div>
</form>
</@layout.page>
