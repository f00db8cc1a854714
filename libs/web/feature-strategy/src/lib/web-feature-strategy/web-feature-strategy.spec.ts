import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebFeatureStrategy } from './web-feature-strategy';

describe('WebFeatureStrategy', () => {
  let component: WebFeatureStrategy;
  let fixture: ComponentFixture<WebFeatureStrategy>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebFeatureStrategy]
    }).compileComponents();

    fixture = TestBed.createComponent(WebFeatureStrategy);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
