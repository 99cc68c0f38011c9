<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as p>
<@layout.page title=t("library.title")>
<p class="lead">${t("library.lead")}</p>
<#if canContribute><p class="actions"><a class="button button--quiet" href="/library/new">${t("library.new")}</a> <a href="/library/mine">${t("nav.library.mine")}</a></p></#if>
<form method="get" action="/library" class="library-search" role="search" aria-label="${t("library.search.label")}">
  <div class="library-search__query">
    <label for="q">${t("library.search.label")}</label>
    <p class="hint" id="q-hint">${t("library.search.hint")}</p>
    <div class="library-search__row" data-library-suggest data-label="${t("library.suggest.label")}" data-none="${t("library.suggest.none")}" data-count="${t("library.suggest.count")}">
      <input id="q" name="q" type="search" value="${q}" autocomplete="off" aria-describedby="q-hint" maxlength="300">
      <button type="submit" class="button">${t("library.search.submit")}</button>
    </div>
  </div>
  <div class="library-search__layout">
    <div class="library-facets">
      <h2 id="filters-heading">${t("library.filters")}</h2>
      <#list result.facets() as facet>
      <fieldset class="library-facet">
        <legend>${t("library.facet." + facet.dimension())}</legend>
        <#list facet.values() as v>
        <div class="checkbox">
          <input type="checkbox" id="f-${facet.dimension()}-${v?index}" name="${facet.dimension()}" value="${v.value()}"<#if v.selected()> checked</#if>>
          <label for="f-${facet.dimension()}-${v?index}">${labels.facet(facet.dimension(), v.value())} <span class="library-facet__count">(${v.count()?c})</span></label>
        </div>
        </#list>
      </fieldset>
      </#list>
      <div class="field">
        <label for="sort">${t("library.sort")}</label>
        <select id="sort" name="sort">
          <option value="relevance"<#if sort == "relevance"> selected</#if>>${t("library.sort.relevance")}</option>
          <option value="newest"<#if sort == "newest"> selected</#if>>${t("library.sort.newest")}</option>
        </select>
      </div>
      <button type="submit" class="button">${t("library.filters.apply")}</button>
      <#if filters?has_content><p><a href="/library?q=${q?url('UTF-8')}">${t("library.filters.clear")}</a></p></#if>
    </div>
    <section class="library-results" aria-labelledby="results-heading">
      <h2 id="results-heading">${t("library.results.count.plural", result.total())}</h2>
      <#if result.fuzzy() && result.hits()?has_content><p class="notice" role="status">${t("library.results.fuzzy")}</p></#if>
      <#if result.suggestion()?? && result.suggestion()?has_content>
      <p class="library-suggestion">${t("library.results.did-you-mean")} <a href="${suggestionUrl}">${result.suggestion()}</a></p>
      </#if>
      <#if result.hits()?has_content>
      <ol class="hit-list" start="${((result.page() - 1) * result.size() + 1)?c}">
        <#list result.hits() as h><li><@p.hit h labels/></li></#list>
      </ol>
      <#if pages gt 1>
      <nav class="pagination" aria-label="${t("pagination.label")}">
        <#if result.page() gt 1><a href="${pageUrl(result.page() - 1)}" rel="prev">${t("pagination.previous")}</a></#if>
        <span>${t("pagination.page", result.page(), pages)}</span>
        <#if result.page() lt pages><a href="${pageUrl(result.page() + 1)}" rel="next">${t("pagination.next")}</a></#if>
      </nav>
      </#if>
      <#else>
      <div class="library-empty">
        <p>${t("library.results.none")}</p>
        <ul>
          <li>${t("library.results.tip-parts")}</li>
          <li>${t("library.results.tip-filters")}</li>
          <li>${t("library.results.tip-language")}</li>
        </ul>
      </div>
      </#if>
    </section>
  </div>
</form>
</@layout.page>
