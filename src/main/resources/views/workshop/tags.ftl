<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "../goals/parts.ftl" as g>
<@layout.page title=t("workshop.tags.title", activity.title())>
<p><a href="/workshops/${workshop.id()?c}#activity-${activity.id()?c}">${t("workshop.back", workshop.title())}</a></p>
<#if itemText?has_content><blockquote class="quote">${itemText}</blockquote></#if>
<p class="lead">${t(itemText?has_content?then("workshop.tags.item-lead", "workshop.tags.lead"))}</p>
<@f.errorSummary errors/>
<form method="post" action="/workshops/${workshop.id()?c}/activities/${activity.id()?c}/tags" class="form" novalidate>
  <@f.csrfField/>
  <input type="hidden" name="item" value="${itemSeq?c}">
  <@g.picker model=picker legend=t("workshop.tags.legend")/>
  <button type="submit" class="button">${t("workshop.tags.save")}</button>
</form>
</@layout.page>
