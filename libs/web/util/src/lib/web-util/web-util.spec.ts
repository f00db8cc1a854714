import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebUtil } from './web-util';

describe('WebUtil', () => {
  let component: WebUtil;
  let fixture: ComponentFixture<WebUtil>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebUtil]
    }).compileComponents();

    fixture = TestBed.createComponent(WebUtil);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
